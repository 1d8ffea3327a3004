"""A large vault: 100,000 items and 10,000 witness statements; unlock, first page, search.

    python benchmarks/scale.py [--items 100000] [--statements 10000] [--repeats 21]

Items are synthetic: each gets a tiny blob (one 64-byte chunk), an item row with a
file name (Latin, Belarusian and Russian names), a case, tags, its search entry
(``search.index_item``, as the importer does) and an ``item.imported`` custody
event, in transactions of 5,000. The importer itself is not used: streaming
100,000 real files measures the disk, which benchmarks/ingest.py already does.
Statements go through ``statements.create`` (one transaction each, a custody
event, consent, case link, search entry), with ~120-word narratives drawn from
Belarusian, Russian and English vocabularies.

The vault is created with the calibrated Argon2id cost (about 1 s by design),
unless EVIDENCE_VAULT_TEST_WEAK_KDF=1. Reported: build times, unlock (Argon2id
plus opening the database), first page of the item list, search times (median
of N repeats, each on a warm connection) and the size of vault.db.
Target: search under 50 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from evidence_vault.core.crypto import kdf
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items, statements
from evidence_vault.core.evidence.statements import ConsentInput, Fields
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import search

PASSPHRASE = "benchmark passphrase for a large vault"
BE = [
    "затрыманне",
    "затрымалі",
    "аўтазак",
    "Акрэсціна",
    "АМАП",
    "міліцыя",
    "дубінкі",
    "збіццё",
    "камера",
    "пратакол",
    "суд",
    "жнівень",
    "Мінск",
    "Гродна",
    "Брэст",
    "вуліца",
    "плошча",
    "ноч",
    "раніцай",
    "білі",
    "крычалі",
    "параненне",
    "сіняк",
    "рука",
    "нага",
    "спіна",
    "галава",
    "лекар",
    "бальніца",
    "сведка",
    "сябра",
    "маці",
    "брат",
    "рэжым",
    "пратэст",
    "сцяг",
    "кветкі",
]
RU = [
    "задержание",
    "задержали",
    "автозак",
    "изолятор",
    "ОМОН",
    "милиция",
    "дубинки",
    "избиение",
    "камера",
    "протокол",
    "суд",
    "август",
    "Минск",
    "Гомель",
    "Могилёв",
    "улица",
    "площадь",
    "ночью",
    "утром",
    "били",
    "кричали",
    "ранение",
    "синяк",
    "рука",
    "нога",
    "спина",
    "голова",
    "врач",
    "больница",
    "свидетель",
    "друг",
    "мать",
    "брат",
    "режим",
    "протест",
    "флаг",
    "цветы",
]
EN = [
    "detention",
    "detained",
    "van",
    "isolation",
    "riot",
    "police",
    "batons",
    "beating",
    "cell",
    "report",
    "court",
    "august",
    "city",
    "street",
    "square",
    "night",
    "morning",
    "shouted",
    "injury",
    "bruise",
    "arm",
    "leg",
    "back",
    "head",
    "doctor",
    "hospital",
    "witness",
    "friend",
    "mother",
    "brother",
    "protest",
    "flag",
    "flowers",
]
NAMES = ("IMG_{n:06d}.JPG", "VID_{n:06d}.mp4", "затрыманне_{n}.jpg", "задержание {n}.png", "scan-{n}.pdf")
TYPES = ("image/jpeg", "video/mp4", "image/jpeg", "image/png", "application/pdf")


def build_items(vault: Vault, count: int, rng: random.Random) -> None:
    case_ids = []
    with vault.transaction() as conn:
        for n in range(100):
            name = f"Case {n:03d} {rng.choice(BE)}"
            case_ids.append(int(conn.execute(
                "INSERT INTO cases (name, created_at) VALUES (?, ?)", (name, custody.utc_now())
            ).lastrowid or 0))  # fmt: skip
            vault.record(conn, "case.created", {"name": name})
            search.index_case(conn, case_ids[-1])
    done = 0
    while done < count:
        with vault.transaction() as conn:
            for n in range(done, min(count, done + 5000)):
                data = rng.randbytes(64)
                digest = hashlib.sha256(data + n.to_bytes(8, "big")).digest()
                blob_id = conn.execute(
                    "INSERT INTO blobs (sha256, size, complete) VALUES (?, 64, 1)", (digest,)
                ).lastrowid
                conn.execute("INSERT INTO chunks (blob_id, seq, data) VALUES (?, 0, ?)", (blob_id, data))
                kind = n % len(NAMES)
                name = NAMES[kind].format(n=n).encode()
                now = custody.utc_now()
                item_id = int(conn.execute(
                    "INSERT INTO items (blob_id, sha256, size, content_type, original_name, imported_at) "
                    "VALUES (?, ?, 64, ?, ?, ?)",
                    (blob_id, digest, TYPES[kind], name, now),
                ).lastrowid or 0)  # fmt: skip
                case_id = case_ids[n % len(case_ids)]
                conn.execute("INSERT INTO item_cases (item_id, case_id) VALUES (?, ?)", (item_id, case_id))
                tags = ["phone"] if n % 3 == 0 else ["camera", f"batch-{n // 1000}"]
                conn.executemany(
                    "INSERT INTO item_tags (item_id, tag) VALUES (?, ?)", [(item_id, t) for t in tags]
                )
                if n % 10 == 0:  # some items have a GPS position
                    conn.execute(
                        "INSERT INTO media_analysis (item_id, status, analysed_at, analyser, capture_time, "
                        "latitude, longitude, facts) VALUES (?, 'done', ?, 1, ?, 53.9, 27.56, '{}')",
                        (item_id, now, f"2020-08-{1 + n % 28:02d}T12:00:00"),
                    )
                search.index_item(conn, item_id)
                vault.record(
                    conn,
                    "item.imported",
                    {
                        "sha256": digest.hex(),
                        "size": 64,
                        "content_type": TYPES[kind],
                        "source_name": name.decode(),
                    },
                    items=[item_id],
                    objects=[digest.hex()],
                )
        done = min(count, done + 5000)
        print(f"  items: {done}", file=sys.stderr, end="\r")
    print(file=sys.stderr)


def build_statements(vault: Vault, count: int, rng: random.Random) -> None:
    case_names = [str(r[0]) for r in vault.conn.execute("SELECT name FROM cases ORDER BY id")]
    for n in range(count):
        words = BE if n % 3 == 0 else RU if n % 3 == 1 else EN
        narrative = " ".join(rng.choice(words) for _ in range(120)) + "."
        statements.create(
            vault,
            Fields(
                title=" ".join(rng.choice(words) for _ in range(4)),
                narrative=narrative,
                events_start=f"{2020 + n % 4}-{1 + n % 12:02d}-{1 + n % 28:02d}",
                place_of_detention=rng.choice(words),
                perpetrators=" ".join(rng.choice(words) for _ in range(6)),
                injuries=" ".join(rng.choice(words) for _ in range(8)),
                body_regions=("back", "head"),
            ),
            f"Witness {n}",
            cases=[case_names[n % len(case_names)]],
            tags=["statement-batch"],
            identity=(f"Real Person {n}", f"+375 29 {n:07d}"),
            consent=ConsentInput("investigators", how_given="orally"),
        )
        if n % 500 == 0:
            print(f"  statements: {n}", file=sys.stderr, end="\r")
    print(file=sys.stderr)


def timed(fn: object, repeats: int) -> tuple[float, int]:
    assert callable(fn)
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, len(result) if isinstance(result, list) else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--keep", metavar="DIR", help="build the vault here and keep it (reused if present)")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ev-scale-"))
    rng = random.Random(9)
    try:
        params = kdf.TEST_WEAK_PARAMS if kdf.weak_kdf_allowed() else None
        items_s = statements_s = 0.0
        if (work / "vault").exists():  # --keep DIR of an earlier run: measure it again
            vault = Vault.unlock(work / "vault", PASSPHRASE)
        else:
            vault, _ = Vault.create(work / "vault", PASSPHRASE, params=params)
            t0 = time.perf_counter()
            build_items(vault, args.items, rng)
            items_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            build_statements(vault, args.statements, rng)
            statements_s = time.perf_counter() - t0
        events = custody.count(vault.conn)
        vault.lock()
        size = (work / "vault" / "vault.db").stat().st_size

        t0 = time.perf_counter()
        vault = Vault.unlock(work / "vault", PASSPHRASE)
        unlock_s = time.perf_counter() - t0
        conn = vault.conn
        results = [("item list, first page (300 rows)", *timed(lambda: items.list_items(conn, limit=300), 1))]
        results.append(
            (
                "item list, first page again (warm)",
                *timed(lambda: items.list_items(conn, limit=300), args.repeats),
            )
        )
        queries = [
            ("rare word, statements (затрыманне)", search.Query("затрыманне")),
            ("Russian word (задержание)", search.Query("задержание")),
            ("English two words (riot police)", search.Query("riot police")),
            ("file name (IMG_004240)", search.Query("IMG_004240")),
            ("word start, many hits (затрым)", search.Query("затрым")),
            ("common word, 20% of items (phone)", search.Query("phone")),
            ("+ filter case", search.Query("задержание", case="Case 007 " + "")),
            (
                "+ filter type image, date range",
                search.Query("затрыманне", kind="image", date_from="2020-08-01", date_to="2020-08-10"),
            ),
            ("+ filter has position", search.Query("затрыманне", has_position=True)),
            ("+ filter tag", search.Query("phone", tag="phone")),
        ]
        case_name = str(conn.execute("SELECT name FROM cases WHERE name LIKE 'Case 007 %'").fetchone()[0])
        queries[6] = ("+ filter case", search.Query("задержание", case=case_name))
        for label, query in queries:
            results.append((f"search: {label}", *timed(lambda q=query: search.search(conn, q), args.repeats)))  # type: ignore[misc]
        vault.lock()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"Vault: {args.items:,} items, {args.statements:,} statements, {events:,} custody events")
    print(
        f"Build: items {items_s:.0f} s, statements {statements_s:.0f} s "
        f"({statements_s / max(args.statements, 1) * 1000:.1f} ms each)"
    )
    print(f"vault.db size: {size / 1e6:.0f} MB")
    print(
        f"Unlock (Argon2id + open): {unlock_s * 1000:.0f} ms"
        + (" (weak test KDF)" if kdf.weak_kdf_allowed() else "")
    )
    print()
    print("| what | median ms | results |")
    print("| --- | ---: | ---: |")
    for label, ms, n in results:
        print(f"| {label} | {ms:.1f} | {n} |")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
