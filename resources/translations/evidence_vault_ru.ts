<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddRecipientDialog</name>
    <message>
        <source>Add a recipient</source>
        <translation>Добавить получателя</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Имя получателя</translation>
    </message>
    <message>
        <source>e.g. UN investigators</source>
        <translation>например, следователи ООН</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Открытый ключ</translation>
    </message>
    <message>
        <source>Paste the key that starts with age1…</source>
        <translation>Вставьте ключ, начинающийся с age1…</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>Load the public key from a file</source>
        <translation>Загрузить открытый ключ из файла</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Добавить получателя</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Read the fingerprint aloud with the recipient (by phone or in person) and add them only if it matches theirs exactly.</source>
        <translation>Сверьте отпечаток ключа с получателем вслух (по телефону или при встрече) и добавляйте получателя, только если отпечаток в точности совпадает с его отпечатком.</translation>
    </message>
    <message>
        <source>This is not an age public key. It starts with age1 and has 62 characters.</source>
        <translation>Это не открытый ключ age. Такой ключ начинается с age1 и состоит из 62 символов.</translation>
    </message>
    <message>
        <source>Choose the file with the public key</source>
        <translation>Выберите файл с открытым ключом</translation>
    </message>
    <message>
        <source>Cannot read that file: {e}</source>
        <translation>Не удаётся прочитать этот файл: {e}</translation>
    </message>
    <message>
        <source>That file holds no age public key (age1…).</source>
        <translation>В этом файле нет открытого ключа age (age1…).</translation>
    </message>
</context>
<context>
    <name>AnchorDialog</name>
    <message>
        <source>Anchor of the custody log</source>
        <translation>Якорь журнала хранения</translation>
    </message>
    <message numerus="yes">
        <source>Keep this code outside the archive: write it on paper, or send it to someone you trust. Later, “Check an anchor” proves that the custody log still contains everything it contained now, unchanged. It covers %n event(s).</source>
        <translation>
            <numerusform>Храните этот код вне архива: запишите его на бумаге или отправьте человеку, которому доверяете. Позже «Проверить якорь» докажет, что журнал хранения по-прежнему содержит всё, что содержит сейчас, без изменений. Код охватывает %n событие.</numerusform>
            <numerusform>Храните этот код вне архива: запишите его на бумаге или отправьте человеку, которому доверяете. Позже «Проверить якорь» докажет, что журнал хранения по-прежнему содержит всё, что содержит сейчас, без изменений. Код охватывает %n события.</numerusform>
            <numerusform>Храните этот код вне архива: запишите его на бумаге или отправьте человеку, которому доверяете. Позже «Проверить якорь» докажет, что журнал хранения по-прежнему содержит всё, что содержит сейчас, без изменений. Код охватывает %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anchor code</source>
        <translation>Код якоря</translation>
    </message>
    <message>
        <source>QR code of the anchor</source>
        <translation>QR-код якоря</translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation>Подписан {when}</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Скопировать код</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Выберите файлы для добавления</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Выберите папку для добавления</translation>
    </message>
    <message>
        <source>Files are still being added. Try again when it finishes.</source>
        <translation>Файлы ещё добавляются. Повторите попытку, когда добавление завершится.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Its details are on the right.</source>
        <translation>Файл такого типа ({type}) здесь показать нельзя. Сведения о нём — справа.</translation>
    </message>
    <message>
        <source>Verification found problems</source>
        <translation>Проверка выявила проблемы</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>Найдена %n проблема.</numerusform>
            <numerusform>Найдены %n проблемы.</numerusform>
            <numerusform>Найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>The case was not changed: {e}</source>
        <translation>Дело не изменено: {e}</translation>
    </message>
    <message>
        <source>Destroy the archive</source>
        <translation>Уничтожить архив</translation>
    </message>
    <message>
        <source>This destroys everything in the archive at {path} now. Nobody can recover it, not even with the passphrase or the recovery code. Destroy it?</source>
        <translation>Сейчас будет уничтожено всё содержимое архива в папке {path}. Восстановить его не сможет никто — даже с парольной фразой или кодом восстановления. Уничтожить?</translation>
    </message>
    <message>
        <source>Archive cannot start</source>
        <translation>Не удаётся запустить архив</translation>
    </message>
</context>
<context>
    <name>BagSaver</name>
    <message>
        <source>Save as BagIt…</source>
        <translation>Сохранить как BagIt…</translation>
    </message>
    <message>
        <source>Save as a BagIt package for an archive</source>
        <translation>Сохранить как пакет BagIt для архива</translation>
    </message>
    <message>
        <source>Writes the verified files, the sender&apos;s signed records and the report as a BagIt package, for an archive such as Archivematica. The package is NOT encrypted: keep it on the archive&apos;s protected storage.</source>
        <translation>Записывает проверенные файлы, подписанные записи отправителя и отчёт как пакет BagIt для архива, например Archivematica. Пакет НЕ зашифрован: храните его только в защищённом хранилище архива.</translation>
    </message>
    <message>
        <source>Choose the folder to write the BagIt package in</source>
        <translation>Выберите папку, в которую записать пакет BagIt</translation>
    </message>
    <message>
        <source>Checking again and writing the BagIt package…</source>
        <translation>Повторная проверка и запись пакета BagIt…</translation>
    </message>
    <message>
        <source>Checking again and writing the BagIt package: {done} of about {total}…</source>
        <translation>Повторная проверка и запись пакета BagIt: {done} из примерно {total}…</translation>
    </message>
    <message>
        <source>Saved the BagIt package to {path}. It is not encrypted: keep it on protected storage.</source>
        <translation>Пакет BagIt сохранён в {path}. Он не зашифрован: храните его в защищённом хранилище.</translation>
    </message>
    <message>
        <source>No BagIt package was saved: {reason}</source>
        <translation>Пакет BagIt не сохранён: {reason}</translation>
    </message>
</context>
<context>
    <name>BodyRegions</name>
    <message>
        <source>Injured body regions</source>
        <translation>Травмированные области тела</translation>
    </message>
    <message>
        <source>Body region: {region}</source>
        <translation>Область тела: {region}</translation>
    </message>
</context>
<context>
    <name>BoxCanvas</name>
    <message>
        <source>Picture with face boxes</source>
        <translation>Снимок с рамками вокруг лиц</translation>
    </message>
    <message>
        <source>Drag on the picture to add a box. Tab selects the next box; arrow keys move it, Shift and arrow keys resize it, Delete removes it.</source>
        <translation>Проведите по снимку, чтобы добавить рамку. Tab выбирает следующую рамку; стрелки перемещают её, Shift со стрелками меняет её размер, Delete удаляет.</translation>
    </message>
</context>
<context>
    <name>BoxSpeech</name>
    <message>
        <source>Box {n} of {total}</source>
        <translation>Рамка {n} из {total}</translation>
    </message>
    <message>
        <source>Box {n}</source>
        <translation>Рамка {n}</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>добавлена вами</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>найдена</translation>
    </message>
    <message>
        <source>detected, score {score}</source>
        <translation>найдена, уверенность {score}</translation>
    </message>
    <message>
        <source>dropped: it will not be hidden</source>
        <translation>отброшено: не будет скрыто</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрывается</translation>
    </message>
    <message>
        <source>Box {n} removed.</source>
        <translation>Рамка {n} удалена.</translation>
    </message>
    <message>
        <source>No box selected. Boxes: {count}.</source>
        <translation>Ни одна рамка не выбрана. Рамок: {count}.</translation>
    </message>
    <message>
        <source>Faces found on this frame: {count}.</source>
        <translation>Найденных лиц на этом кадре: {count}.</translation>
    </message>
    <message>
        <source>{w} by {h} pixels at {x}, {y}</source>
        <translation>{w} на {h} пикселей в точке {x}, {y}</translation>
    </message>
    <message>
        <source>frames {first} to {last}</source>
        <translation>кадры с {first} по {last}</translation>
    </message>
</context>
<context>
    <name>BundleBatchDialog</name>
    <message>
        <source>Take in many bundles</source>
        <translation>Принять много пакетов</translation>
    </message>
    <message>
        <source>Every bundle is checked completely before anything of it is stored. Bundles taken in before are recognised and skipped; a bad bundle is listed with its reason and the others go on. A file sent by several people is stored once, with each sender&apos;s custody.</source>
        <translation>Каждый пакет полностью проверяется, прежде чем из него что-либо сохраняется. Уже принятые пакеты распознаются и пропускаются; плохой пакет попадает в список с причиной, а остальные продолжаются. Файл, присланный несколькими людьми, хранится один раз, с цепочкой хранения каждого отправителя.</translation>
    </message>
    <message>
        <source>Bundles and folders to take in</source>
        <translation>Пакеты и папки, которые нужно принять</translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation>Добавить пакеты…</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Добавить файлы пакетов</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Добавить папку с пакетами</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Запечатан для</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Start taking in the bundles</source>
        <translation>Начать принимать пакеты</translation>
    </message>
    <message>
        <source>Taking in bundles</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Ход приёма</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Bundles taken in</source>
        <translation>Принятые пакеты</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Уже были</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Take in more…</source>
        <translation>Принять ещё…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Save the report, one JSON line per bundle</source>
        <translation>Сохранить отчёт, одна строка JSON на пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop after the bundle being imported</source>
        <translation>Остановиться после импортируемого пакета</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>Выберите пакеты</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb);;All files (*)</source>
        <translation>Запечатанные пакеты (*.evb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Выберите папку с пакетами</translation>
    </message>
    <message>
        <source>Checking the first bundles…</source>
        <translation>Проверяются первые пакеты…</translation>
    </message>
    <message>
        <source>Stopping after the bundle being imported…</source>
        <translation>Остановка после импортируемого пакета…</translation>
    </message>
    <message>
        <source>{done} of {total} bundles, {size} of {all}</source>
        <translation>{done} из {total} пакетов, {size} из {all}</translation>
    </message>
    <message>
        <source>{rate}/s, about {left} left</source>
        <translation>{rate}/с, осталось около {left}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Taken in before (the same bundle, the same file)</source>
        <translation>Уже принят (тот же пакет, тот же файл)</translation>
    </message>
    <message>
        <source>Its bundle id was taken in before from a different file: not stored</source>
        <translation>Пакет с таким идентификатором уже принят из другого файла: не сохранён</translation>
    </message>
    <message>
        <source>Not sealed to this key</source>
        <translation>Запечатан не для этого ключа</translation>
    </message>
    <message>
        <source>Damaged or altered (it does not decrypt)</source>
        <translation>Повреждён или изменён (не расшифровывается)</translation>
    </message>
    <message>
        <source>{imported} imported, {skipped} skipped, {refused} refused, {failed} failed</source>
        <translation>импортировано: {imported}, пропущено: {skipped}, отклонено: {refused}, с ошибкой: {failed}</translation>
    </message>
    <message>
        <source>{size} in {time}</source>
        <translation>{size} за {time}</translation>
    </message>
    <message>
        <source>Cancelled: {count} not taken in</source>
        <translation>Отменено: не принято {count}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>intake.jsonl</source>
        <translation>приём.jsonl</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Строки JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not save the report: {reason}</source>
        <translation>Не удалось сохранить отчёт: {reason}</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Отчёт сохранён в {path}.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} мин {s} с</translation>
    </message>
</context>
<context>
    <name>BundleIntakeDialog</name>
    <message>
        <source>Open a received bundle</source>
        <translation>Открыть полученный пакет</translation>
    </message>
    <message>
        <source>A bundle (.evb) is checked completely before anything is shown or stored: who sealed it, every file&apos;s SHA-256 and the custody proofs.</source>
        <translation>Пакет (.evb) полностью проверяется, прежде чем что-либо будет показано или сохранено: кто его запечатал, SHA-256 каждого файла и подтверждения журнала хранения.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Choose the .evb file</source>
        <translation>Выберите файл .evb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Выбрать файл пакета</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Open with</source>
        <translation>Чем открыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Check the bundle</source>
        <translation>Проверить пакет</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Проверка пакета</translation>
    </message>
    <message>
        <source>Decrypting and checking every file…</source>
        <translation>Расшифровка и проверка каждого файла…</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Открыть другой…</translation>
    </message>
    <message>
        <source>Open another bundle</source>
        <translation>Открыть другой пакет</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Сохранить отчёт в PDF…</translation>
    </message>
    <message>
        <source>Save the verification report as PDF</source>
        <translation>Сохранить отчёт о проверке в PDF</translation>
    </message>
    <message>
        <source>Save contents to folder…</source>
        <translation>Сохранить содержимое в папку…</translation>
    </message>
    <message>
        <source>Save contents to folder</source>
        <translation>Сохранить содержимое в папку</translation>
    </message>
    <message>
        <source>Import into this archive</source>
        <translation>Импортировать в этот архив</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb);;All files (*)</source>
        <translation>Запечатанные пакеты (*.evb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <source>Checked {done} of about {total}…</source>
        <translation>Проверено {done} из примерно {total}…</translation>
    </message>
    <message>
        <source>Importing into this archive…</source>
        <translation>Импорт в этот архив…</translation>
    </message>
    <message>
        <source>The import was refused: {p}</source>
        <translation>Импорт отклонён: {p}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into this archive, in the case “Bundle {id}”, with the sender&apos;s signatures and proofs kept beside them.</source>
        <translation>
            <numerusform>В этот архив импортирован %n файл — в дело «Пакет {id}»; подписи и подтверждения отправителя сохранены рядом с ним.</numerusform>
            <numerusform>В этот архив импортированы %n файла — в дело «Пакет {id}»; подписи и подтверждения отправителя сохранены рядом с ними.</numerusform>
            <numerusform>В этот архив импортировано %n файлов — в дело «Пакет {id}»; подписи и подтверждения отправителя сохранены рядом с ними.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty folder for the contents</source>
        <translation>Выберите пустую папку для содержимого</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder.</source>
        <translation>Эта папка не пуста. Выберите пустую или новую папку.</translation>
    </message>
    <message>
        <source>Checking again and writing the files…</source>
        <translation>Повторная проверка и запись файлов…</translation>
    </message>
    <message>
        <source>Nothing was saved: {p}</source>
        <translation>Ничего не сохранено: {p}</translation>
    </message>
    <message>
        <source>Saved the verified files, report.txt and report.html to {path}.</source>
        <translation>Проверенные файлы, report.txt и report.html сохранены в {path}.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Сохранить отчёт о проверке</translation>
    </message>
    <message>
        <source>report-{id}.pdf</source>
        <translation>отчёт-{id}.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-документы (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Записывается отчёт…</translation>
    </message>
    <message>
        <source>Saved the verification report to {path}.</source>
        <translation>Отчёт о проверке сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>BundleReportView</name>
    <message>
        <source>Result of the check</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Кем запечатан</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s signing key</source>
        <translation>Отпечаток ключа подписи отправителя</translation>
    </message>
    <message>
        <source>Sealed on</source>
        <translation>Когда запечатан</translation>
    </message>
    <message>
        <source>Custody proofs</source>
        <translation>Подтверждения журнала хранения</translation>
    </message>
    <message>
        <source>Sealed by key</source>
        <translation>Запечатан ключом</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender by voice or another trusted channel: the bundle proves which key sealed it, not whose key that is.</source>
        <translation>Сверьте отпечаток ключа с отправителем голосом или по другому надёжному каналу: пакет доказывает, каким ключом он запечатан, но не то, чей это ключ.</translation>
    </message>
    <message>
        <source>Files in the bundle and their checks</source>
        <translation>Файлы в пакете и их проверка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Capture-time provenance (the sender&apos;s record)</source>
        <translation>Происхождение на момент съёмки (запись отправителя)</translation>
    </message>
    <message>
        <source>Checks, problems and statements</source>
        <translation>Проверки, проблемы и показания</translation>
    </message>
    <message>
        <source>Verified: the bundle is intact and signed</source>
        <translation>Проверено: пакет цел и подписан</translation>
    </message>
    <message>
        <source>Verification FAILED: do not rely on this bundle</source>
        <translation>Проверка НЕ ПРОЙДЕНА: не полагайтесь на этот пакет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>originals, byte-exact</source>
        <translation>оригиналы, байт в байт</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>очищенные копии</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {profile}</source>
        <translation>
            <numerusform>%n файл, {profile}</numerusform>
            <numerusform>%n файла, {profile}</numerusform>
            <numerusform>%n файлов, {profile}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n statement(s)</source>
        <translation>
            <numerusform>; %n показание</numerusform>
            <numerusform>; %n показания</numerusform>
            <numerusform>; %n показаний</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: {p}</source>
        <translation>НЕ ПРОЙДЕНО: {p}</translation>
    </message>
    <message>
        <source>ok: signatures and inclusion proofs verified against the sender&apos;s log ({n} events)</source>
        <translation>ok: подписи и доказательства включения сверены с журналом отправителя (событий: {n})</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>pixels re-encoded; </source>
        <translation>пиксели перекодированы; </translation>
    </message>
    <message>
        <source>hash failed</source>
        <translation>хеш не совпал</translation>
    </message>
    <message>
        <source>hash ok</source>
        <translation>хеш совпал</translation>
    </message>
    <message>
        <source>nothing (original)</source>
        <translation>ничего (оригинал)</translation>
    </message>
    <message>
        <source>PROBLEM: {p}</source>
        <translation>ПРОБЛЕМА: {p}</translation>
    </message>
    <message>
        <source>ok: {c}</source>
        <translation>ok: {c}</translation>
    </message>
    <message>
        <source>NOT COVERED: {n}</source>
        <translation>НЕ ПРОВЕРЕНО: {n}</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym}), version SHA-256 {sha}{identity}</source>
        <translation>Показания {id} ({pseudonym}), SHA-256 версии {sha}{identity}</translation>
    </message>
    <message>
        <source>, with the witness&apos;s identity</source>
        <translation>, с личными данными свидетеля</translation>
    </message>
    <message>
        <source>Sealed to: {r}</source>
        <translation>Запечатан для: {r}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>A case groups items and statements about one incident. Drag items from the grid onto a case in the sidebar to file them under it.</source>
        <translation>Дело объединяет материалы и показания об одном происшествии. Чтобы отнести материалы к делу, перетащите их из сетки на дело в боковой панели.</translation>
    </message>
    <message>
        <source>Case name (short, unique)</source>
        <translation>Название дела (короткое, уникальное)</translation>
    </message>
    <message>
        <source>e.g. Pushkinskaya 2020-08-10</source>
        <translation>например, Пушкинская 2020-08-10</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Что произошло, в нескольких словах</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>2020-08-10</source>
        <translation>2020-08-10</translation>
    </message>
    <message>
        <source>End date (optional)</source>
        <translation>Дата окончания (необязательно)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Создать дело</translation>
    </message>
    <message>
        <source>A case keeps its name; change the title instead.</source>
        <translation>Название дела изменить нельзя; измените заголовок.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n материал</numerusform>
            <numerusform>%n материала</numerusform>
            <numerusform>%n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n показание</numerusform>
            <numerusform>%n показания</numerusform>
            <numerusform>%n показаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-документы</translation>
    </message>
    <message>
        <source>ZIP archives</source>
        <translation>ZIP-архивы</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Другие файлы</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>Пустые файлы</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байт</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} мин {s} с</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} ч {m} мин</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent for the statements</source>
        <translation>Согласие для показаний</translation>
    </message>
    <message>
        <source>Statements go only where the witness&apos;s recorded consent covers these recipients. They travel under the pseudonym; the witness&apos;s identity is never included here.</source>
        <translation>Показания передаются только тем получателям, на которых распространяется зафиксированное согласие свидетеля. Они передаются под псевдонимом; личные данные свидетеля здесь никогда не включаются.</translation>
    </message>
    <message>
        <source>Statements and their consent</source>
        <translation>Показания и согласие на их передачу</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>разрешено</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ОТКАЗАНО</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym}): {mark}
{reason}</source>
        <translation>Показания {id} ({pseudonym}): {mark}
{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) cannot go to these recipients. Change the recipients, or export the items without the case.</source>
        <translation>
            <numerusform>%n показание нельзя передать этим получателям. Измените получателей или экспортируйте материалы без дела.</numerusform>
            <numerusform>%n показания нельзя передать этим получателям. Измените получателей или экспортируйте материалы без дела.</numerusform>
            <numerusform>%n показаний нельзя передать этим получателям. Измените получателей или экспортируйте материалы без дела.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourtReport</name>
    <message>
        <source>Verification report of a received bundle</source>
        <translation>Отчёт о проверке полученного пакета</translation>
    </message>
    <message>
        <source>VERIFIED: every file, signature and custody proof below checked out.</source>
        <translation>ПРОВЕРЕНО: каждый файл, подпись и подтверждение цепочки хранения ниже прошли проверку.</translation>
    </message>
    <message>
        <source>FAILED: this bundle did not verify. Do not rely on it.</source>
        <translation>ПРОВЕРКА НЕ ПРОЙДЕНА: этот пакет не прошёл проверку. Не полагайтесь на него.</translation>
    </message>
    <message>
        <source>Nothing after the problems is verified: it is what the bundle says of itself, shown only so that the failure can be examined.</source>
        <translation>Ничто после проблем не проверено: это то, что пакет говорит о себе, показанное только для изучения сбоя.</translation>
    </message>
    <message>
        <source>Page {page} of {pages} · bundle file SHA-256 {sha256}</source>
        <translation>Страница {page} из {pages} · SHA-256 файла пакета {sha256}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Отчёт составлен</translation>
    </message>
    <message>
        <source>This report was made by Evidence Vault from the bundle file whose SHA-256 is printed at the foot of every page. Anyone holding the bundle and a recipient&apos;s key can make it again.</source>
        <translation>Этот отчёт составлен Evidence Vault из файла пакета, SHA-256 которого напечатан внизу каждой страницы. Любой, у кого есть пакет и ключ получателя, может составить его снова.</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Идентификатор пакета</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle file</source>
        <translation>SHA-256 файла пакета</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>Формат пакета</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Sealed at (the sender&apos;s clock)</source>
        <translation>Запечатан (по часам отправителя)</translation>
    </message>
    <message>
        <source>Fingerprint of the signing key</source>
        <translation>Отпечаток ключа подписи</translation>
    </message>
    <message>
        <source>minisign public key</source>
        <translation>Открытый ключ minisign</translation>
    </message>
    <message>
        <source>Ed25519 public key</source>
        <translation>Открытый ключ Ed25519</translation>
    </message>
    <message>
        <source>Sender&apos;s vault ID</source>
        <translation>Идентификатор хранилища отправителя</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender&apos;s by voice or another trusted channel: the bundle proves which key sealed it, not whose key that is.</source>
        <translation>Сравните отпечаток с отпечатком отправителя голосом или по другому доверенному каналу: пакет доказывает, какой ключ его запечатал, но не то, чей это ключ.</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Запечатан для</translation>
    </message>
    <message>
        <source>Checks made</source>
        <translation>Выполненные проверки</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>не охвачено</translation>
    </message>
    <message>
        <source>originals, byte-exact</source>
        <translation>оригиналы, байт в байт</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>очищенные копии</translation>
    </message>
    <message>
        <source>anonymised copies (faces hidden)</source>
        <translation>анонимизированные копии (лица скрыты)</translation>
    </message>
    <message>
        <source>{files} file(s), {statements} statement(s): {profile}</source>
        <translation>Файлов: {files}, показаний: {statements}; {profile}</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>Файл {n} из {total}: {name}</translation>
    </message>
    <message>
        <source>Path in the bundle</source>
        <translation>Путь в пакете</translation>
    </message>
    <message>
        <source>Item number in the sender&apos;s vault</source>
        <translation>Номер элемента в хранилище отправителя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип содержимого</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Исходное имя</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 оригинала</translation>
    </message>
    <message>
        <source>What was done to it</source>
        <translation>Что с ним сделано</translation>
    </message>
    <message>
        <source>Nothing: this is the original, byte-exact (its SHA-256 is the original&apos;s).</source>
        <translation>Ничего: это оригинал, байт в байт (его SHA-256 — SHA-256 оригинала).</translation>
    </message>
    <message>
        <source>The original with device-identifying fields withheld ({fields}); removed: {removed}.</source>
        <translation>Оригинал со скрытыми полями, идентифицирующими устройство ({fields}); удалено: {removed}.</translation>
    </message>
    <message>
        <source>A sanitized copy of the original; removed: {removed}.</source>
        <translation>Очищенная копия оригинала; удалено: {removed}.</translation>
    </message>
    <message>
        <source>Its pixels were re-encoded: the copy&apos;s bytes differ from the original&apos;s.</source>
        <translation>Её пиксели перекодированы: байты копии отличаются от байтов оригинала.</translation>
    </message>
    <message>
        <source>An anonymised copy: {boxes} face box(es) in {tracks} track(s) hidden; voice disguised: {voice}; sound removed: {sound}.</source>
        <translation>Анонимизированная копия: скрыто областей с лицами — {boxes}, треков — {tracks}; голос изменён: {voice}; звук удалён: {sound}.</translation>
    </message>
    <message>
        <source>SHA-256 of the face-detection model</source>
        <translation>SHA-256 модели поиска лиц</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Witness statements</source>
        <translation>Показания свидетелей</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym})</source>
        <translation>Показание {id} ({pseudonym})</translation>
    </message>
    <message>
        <source>SHA-256 of the version sent</source>
        <translation>SHA-256 отправленной версии</translation>
    </message>
    <message>
        <source>Version {version}, SHA-256</source>
        <translation>Версия {version}, SHA-256</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>The witness&apos;s identity included</source>
        <translation>Личность свидетеля включена</translation>
    </message>
    <message>
        <source>{path}, SHA-256</source>
        <translation>{path}, SHA-256</translation>
    </message>
    <message>
        <source>Custody: the sender&apos;s signed tree head</source>
        <translation>Цепочка хранения: подписанная вершина дерева отправителя</translation>
    </message>
    <message>
        <source>The sender&apos;s vault signed this head of its custody log (an RFC 9162 Merkle tree of every event). Each event below carries an audit path that leads from its leaf to this root.</source>
        <translation>Хранилище отправителя подписало эту вершину своего журнала хранения (дерево Меркла по RFC 9162 из всех событий). У каждого события ниже есть путь проверки от его листа до этого корня.</translation>
    </message>
    <message>
        <source>Events in the log</source>
        <translation>Событий в журнале</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Хеш корня</translation>
    </message>
    <message>
        <source>Signed at (the sender&apos;s clock)</source>
        <translation>Подписано (по часам отправителя)</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>Подпись Ed25519</translation>
    </message>
    <message>
        <source>Extends the log sent in an earlier bundle: {size} events, root</source>
        <translation>Продолжает журнал, отправленный в более раннем пакете: событий {size}, корень</translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation>Доказательство согласованности</translation>
    </message>
    <message>
        <source>Custody timeline of file {n}</source>
        <translation>Хронология хранения файла {n}</translation>
    </message>
    <message>
        <source>No custody event in this bundle names this file.</source>
        <translation>Ни одно событие хранения в этом пакете не называет этот файл.</translation>
    </message>
    <message>
        <source>{time} · event {seq}</source>
        <translation>{time} · событие {seq}</translation>
    </message>
    <message>
        <source>SHA-256 of the event</source>
        <translation>SHA-256 события</translation>
    </message>
    <message>
        <source>Merkle leaf {index}, hash</source>
        <translation>Лист Меркла {index}, хеш</translation>
    </message>
    <message>
        <source>Audit path ({count} hashes)</source>
        <translation>Путь проверки (хешей: {count})</translation>
    </message>
    <message>
        <source>none: the log held this one event</source>
        <translation>нет: в журнале было только это событие</translation>
    </message>
    <message>
        <source>The event&apos;s signature and its inclusion proof against the signed head verified.</source>
        <translation>Подпись события и его доказательство включения относительно подписанной вершины проверены.</translation>
    </message>
    <message>
        <source>Custody events about no file in this bundle</source>
        <translation>События хранения, не относящиеся ни к одному файлу этого пакета</translation>
    </message>
    <message>
        <source>Custody events withheld by the {profile} profile</source>
        <translation>События хранения, скрытые профилем {profile}</translation>
    </message>
    <message>
        <source>These events record what the copies no longer show (where or when the originals were taken, who reviewed an anonymised copy). The bundle carries only their hashes, proven to be in the signed log.</source>
        <translation>Эти события фиксируют то, чего копии уже не показывают (где и когда сделаны оригиналы, кто проверял анонимизированную копию). Пакет несёт только их хеши, наличие которых в подписанном журнале доказано.</translation>
    </message>
    <message>
        <source>Event {seq}, SHA-256</source>
        <translation>Событие {seq}, SHA-256</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA)</source>
        <translation>Учётные данные контента (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode</source>
        <translation>ProofMode</translation>
    </message>
    <message>
        <source>Capture-time provenance</source>
        <translation>Происхождение на момент съёмки</translation>
    </message>
    <message>
        <source>No capture-time provenance recorded by the sender.</source>
        <translation>Отправитель не записал сведений о происхождении на момент съёмки.</translation>
    </message>
    <message>
        <source>Not carried: the sanitized copy no longer holds the original&apos;s Content Credentials.</source>
        <translation>Не передано: очищенная копия больше не содержит Content Credentials оригинала.</translation>
    </message>
    <message>
        <source>Recorded by the sender&apos;s vault at {time}. This is the sender&apos;s finding, carried in the signed manifest, not a check made by this report:</source>
        <translation>Записано хранилищем отправителя {time}. Это вывод отправителя, переданный в подписанном манифесте, а не проверка, выполненная этим отчётом:</translation>
    </message>
    <message>
        <source>The sender&apos;s record of it is malformed and is not shown.</source>
        <translation>Запись отправителя об этом повреждена и не показывается.</translation>
    </message>
    <message>
        <source>Attachments that came with the file</source>
        <translation>Вложения, пришедшие с файлом</translation>
    </message>
    <message>
        <source>{kind}: {name} ({size} bytes), SHA-256</source>
        <translation>{kind}: {name} ({size} байт), SHA-256</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Imported again (already present)</source>
        <translation>Импортирован повторно (уже был в архиве)</translation>
    </message>
    <message>
        <source>Imported again after deletion</source>
        <translation>Импортирован повторно после удаления</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Просмотрен</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Воспроизведён</translation>
    </message>
    <message>
        <source>Exported a copy</source>
        <translation>Экспортирована копия</translation>
    </message>
    <message>
        <source>Metadata read</source>
        <translation>Прочитаны метаданные</translation>
    </message>
    <message>
        <source>Preview checked against the picture</source>
        <translation>Предпросмотр сверен с изображением</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) read</source>
        <translation>Учётные данные контента (C2PA) прочитаны</translation>
    </message>
    <message>
        <source>Perceptual hash computed</source>
        <translation>Вычислен перцептивный хеш</translation>
    </message>
    <message>
        <source>C2PA trust anchor installed</source>
        <translation>Установлен якорь доверия C2PA</translation>
    </message>
    <message>
        <source>C2PA trust anchor removed</source>
        <translation>Удалён якорь доверия C2PA</translation>
    </message>
    <message>
        <source>Cleaned copy made</source>
        <translation>Создана очищенная копия</translation>
    </message>
    <message>
        <source>Deleted (record kept)</source>
        <translation>Удалён (запись сохранена)</translation>
    </message>
    <message>
        <source>Sealed in a bundle</source>
        <translation>Запечатан в пакет</translation>
    </message>
    <message>
        <source>Received in a bundle</source>
        <translation>Получен в пакете</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Создано дело</translation>
    </message>
    <message>
        <source>Added to a case</source>
        <translation>Добавлен в дело</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Archive created</source>
        <translation>Создан архив</translation>
    </message>
    <message>
        <source>Archive upgraded</source>
        <translation>Архив обновлён</translation>
    </message>
    <message>
        <source>An older copy of the archive was opened</source>
        <translation>Открыта более старая копия архива</translation>
    </message>
    <message>
        <source>Interrupted import cleaned up</source>
        <translation>Убраны остатки прерванного импорта</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>New recovery code made</source>
        <translation>Создан новый код восстановления</translation>
    </message>
    <message>
        <source>Key slot added</source>
        <translation>Добавлен слот ключа</translation>
    </message>
    <message>
        <source>Key slot removed</source>
        <translation>Удалён слот ключа</translation>
    </message>
    <message>
        <source>Interrupted key change settled</source>
        <translation>Прерванная смена ключа завершена</translation>
    </message>
    <message>
        <source>Anchor shown</source>
        <translation>Показан якорь</translation>
    </message>
    <message>
        <source>Bundle key created</source>
        <translation>Создан ключ пакетов</translation>
    </message>
    <message>
        <source>Recipient added</source>
        <translation>Добавлен получатель</translation>
    </message>
    <message>
        <source>Recipient removed</source>
        <translation>Удалён получатель</translation>
    </message>
    <message>
        <source>Statement written</source>
        <translation>Записаны показания</translation>
    </message>
    <message>
        <source>Statement amended</source>
        <translation>Внесены изменения в показания</translation>
    </message>
    <message>
        <source>Witness identity stored</source>
        <translation>Сохранены личные данные свидетеля</translation>
    </message>
    <message>
        <source>Statement tagged</source>
        <translation>Показаниям присвоена метка</translation>
    </message>
    <message>
        <source>Statement rendered as a document</source>
        <translation>Показания оформлены в документ</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Зафиксировано согласие</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <source>Statement added to a case</source>
        <translation>Показания добавлены в дело</translation>
    </message>
</context>
<context>
    <name>CustodySentence</name>
    <message>
        <source>Imported {items} ({size}, {type}) from “{source}”; SHA-256 {sha256}.</source>
        <translation>Импортирован {items} ({size}, {type}) из «{source}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>“{source}” was imported again: the same bytes as {items} (SHA-256 {sha256}), kept once.</source>
        <translation>«{source}» импортирован снова: те же байты, что и {items} (SHA-256 {sha256}), хранятся один раз.</translation>
    </message>
    <message>
        <source>Imported again after its deletion: {items} from “{source}”; SHA-256 {sha256}.</source>
        <translation>Импортирован снова после удаления: {items} из «{source}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>{items} was opened for viewing.</source>
        <translation>{items}: открыт для просмотра.</translation>
    </message>
    <message>
        <source>{items} was played.</source>
        <translation>{items}: воспроизводился.</translation>
    </message>
    <message>
        <source>A copy of {items} was written out as “{destination}”; SHA-256 {sha256}.</source>
        <translation>Копия {items} записана как «{destination}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>The metadata of {items} was read.</source>
        <translation>Метаданные {items} прочитаны.</translation>
    </message>
    <message>
        <source>The metadata of {items} was read only in part: {reason}</source>
        <translation>Метаданные {items} прочитаны лишь частично: {reason}</translation>
    </message>
    <message>
        <source>The metadata of {items} could not be read ({status}): {reason}</source>
        <translation>Метаданные {items} не удалось прочитать ({status}): {reason}</translation>
    </message>
    <message>
        <source>The preview embedded in {items} was compared with the picture: they match.</source>
        <translation>Миниатюра внутри {items} сравнена с изображением: они совпадают.</translation>
    </message>
    <message>
        <source>The preview embedded in {items} differs from the picture: it may show the picture as it was before an edit.</source>
        <translation>Миниатюра внутри {items} отличается от изображения: она может показывать изображение таким, каким оно было до правки.</translation>
    </message>
    <message>
        <source>The preview embedded in {items} could not be compared with the picture ({check}).</source>
        <translation>Миниатюру внутри {items} не удалось сравнить с изображением ({check}).</translation>
    </message>
    <message>
        <source>A cleaned copy of {items} was made ({type}); original SHA-256 {original}, copy SHA-256 {copy}; removed: {removed}.</source>
        <translation>Сделана очищенная копия {items} ({type}); SHA-256 оригинала {original}, SHA-256 копии {copy}; удалено: {removed}.</translation>
    </message>
    <message>
        <source>The bytes of {items} were deleted (reason: {reason}); SHA-256 {sha256}. Its record stays.</source>
        <translation>Байты {items} удалены (причина: {reason}); SHA-256 {sha256}. Запись о них остаётся.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was sealed for {recipients}: {files} file(s); bundle SHA-256 {sha256}.</source>
        <translation>Пакет {bundle} запечатан для {recipients}: файлов — {files}; SHA-256 пакета {sha256}.</translation>
    </message>
    <message>
        <source>Bundle {bundle}, sealed by key {sender}, was received: {files} file(s), {items}.</source>
        <translation>Получен пакет {bundle}, запечатанный ключом {sender}: файлов — {files}, {items}.</translation>
    </message>
    <message>
        <source>The archive was verified: {result}; {checked} item(s) and {events} event(s) checked.</source>
        <translation>Архив проверен: {result}; проверено элементов — {checked}, событий — {events}.</translation>
    </message>
    <message>
        <source>This archive was created; its signing key is {key}.</source>
        <translation>Этот архив создан; его ключ подписи — {key}.</translation>
    </message>
    <message>
        <source>Case “{name}” was created.</source>
        <translation>Создано дело «{name}».</translation>
    </message>
    <message>
        <source>{items} was added to case “{name}”.</source>
        <translation>{items} добавлен в дело «{name}».</translation>
    </message>
    <message>
        <source>{items} was taken out of case “{name}”.</source>
        <translation>{items} исключён из дела «{name}».</translation>
    </message>
    <message>
        <source>Statement {statement} was written (version {version}, SHA-256 {sha256}).</source>
        <translation>Записаны показания {statement} (версия {version}, SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Statement {statement} was amended: version {version}, SHA-256 {sha256}, after {previous}.</source>
        <translation>Показания {statement} изменены: версия {version}, SHA-256 {sha256}, после {previous}.</translation>
    </message>
    <message>
        <source>Consent for statement {statement} was recorded: {audience}.</source>
        <translation>Записано согласие на показания {statement}: {audience}.</translation>
    </message>
    <message>
        <source>Consent for statement {statement} was withdrawn.</source>
        <translation>Согласие на показания {statement} отозвано.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: signed by {signer}, unchanged since, and the signer&apos;s chain ends at an installed trust anchor.</source>
        <translation>Content Credentials {items} проверены: подписано {signer}, с тех пор не изменено, и цепочка подписанта заканчивается установленным якорем доверия.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: signed by {signer} and unchanged since; no installed trust anchor vouches for the signer.</source>
        <translation>Content Credentials {items} проверены: подписано {signer} и с тех пор не изменено; ни один установленный якорь доверия не подтверждает подписанта.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: the file was CHANGED after {signer} signed it.</source>
        <translation>Content Credentials {items} проверены: файл был ИЗМЕНЁН после того, как {signer} его подписал.</translation>
    </message>
    <message>
        <source>{items} carries no Content Credentials (C2PA).</source>
        <translation>{items} не содержит Content Credentials (C2PA).</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were read; the verdict: {verdict}.</source>
        <translation>Content Credentials {items} прочитаны; вердикт: {verdict}.</translation>
    </message>
    <message>
        <source>{count} proof file(s) were stored beside {items}: {names}.</source>
        <translation>Файлов доказательства, сохранённых рядом с {items}: {count} ({names}).</translation>
    </message>
    <message>
        <source>The ProofMode proofs of {items} were checked: {valid} of {signatures} signature(s) valid.</source>
        <translation>Доказательства ProofMode для {items} проверены: действительных подписей — {valid} из {signatures}.</translation>
    </message>
    <message>
        <source>Perceptual hashes of {items} were computed, for finding look-alikes: {count}.</source>
        <translation>Перцептивные хеши {items} вычислены для поиска похожих: {count}.</translation>
    </message>
    <message>
        <source>{items} has no picture or video to compute a perceptual hash of.</source>
        <translation>В {items} нет изображения или видео, по которым можно вычислить перцептивный хеш.</translation>
    </message>
    <message>
        <source>No perceptual hash of {items} could be computed ({status}): {reason}</source>
        <translation>Перцептивный хеш {items} вычислить не удалось ({status}): {reason}</translation>
    </message>
    <message>
        <source>A trust anchor for Content Credentials was installed: {subject}.</source>
        <translation>Установлен якорь доверия для Content Credentials: {subject}.</translation>
    </message>
    <message>
        <source>The trust anchor {subject} was removed.</source>
        <translation>Якорь доверия {subject} удалён.</translation>
    </message>
    <message>
        <source>An anchor of the log was shown: {size} events, root {root}.</source>
        <translation>Показан якорь журнала: событий — {size}, корень {root}.</translation>
    </message>
    <message>
        <source>{action}: {details}</source>
        <translation>{action}: {details}</translation>
    </message>
</context>
<context>
    <name>CustodyWindow</name>
    <message>
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <source>Only events about the selected item</source>
        <translation>Только события выбранного материала</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Только {name}</translation>
    </message>
    <message>
        <source>Only the selected item</source>
        <translation>Только выбранный материал</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Все события</translation>
    </message>
    <message>
        <source>Custody events</source>
        <translation>События хранения</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <source>EV2-…  an anchor code kept outside the archive</source>
        <translation>EV2-…  код якоря, хранящийся вне архива</translation>
    </message>
    <message>
        <source>Anchor code to check</source>
        <translation>Код якоря для проверки</translation>
    </message>
    <message>
        <source>Check an anchor</source>
        <translation>Проверить якорь</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Show anchor…</source>
        <translation>Показать якорь…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Verifying every item and every custody event…</source>
        <translation>Проверка каждого материала и каждого события хранения…</translation>
    </message>
    <message numerus="yes">
        <source>PASSED: %n item(s) and their custody events are intact.</source>
        <translation>
            <numerusform>ПРОЙДЕНО: %n материал и связанные с ним события хранения целы.</numerusform>
            <numerusform>ПРОЙДЕНО: %n материала и связанные с ними события хранения целы.</numerusform>
            <numerusform>ПРОЙДЕНО: %n материалов и связанные с ними события хранения целы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) found.</source>
        <translation>
            <numerusform>НЕ ПРОЙДЕНО: найдена %n проблема.</numerusform>
            <numerusform>НЕ ПРОЙДЕНО: найдены %n проблемы.</numerusform>
            <numerusform>НЕ ПРОЙДЕНО: найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: {e}</source>
        <translation>Не удалось выполнить проверку: {e}</translation>
    </message>
    <message>
        <source>The anchor could not be made: {e}</source>
        <translation>Не удалось создать якорь: {e}</translation>
    </message>
    <message>
        <source>Anchor holds</source>
        <translation>Якорь подтверждён</translation>
    </message>
    <message>
        <source>Anchor does NOT hold</source>
        <translation>Якорь НЕ подтверждён</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where to write it</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Пока ничего не выбрано.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Место назначения</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose where to write it</source>
        <translation>Выберите, куда записать</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb)</source>
        <translation>Запечатанные пакеты (*.evb)</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>Выберите пустую папку</translation>
    </message>
    <message>
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>Такой файл уже существует. Выберите новое имя: ничего не перезаписывается.</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder.</source>
        <translation>Эта папка не пуста. Выберите пустую или новую папку.</translation>
    </message>
    <message>
        <source>Choose a new file for the sealed bundle (.evb). Only the recipients can open it.</source>
        <translation>Выберите новый файл для запечатанного пакета (.evb). Открыть его смогут только получатели.</translation>
    </message>
    <message>
        <source>originals</source>
        <translation>оригиналы</translation>
    </message>
    <message>
        <source>copies with the faces hidden</source>
        <translation>копии со скрытыми лицами</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>очищенные копии</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) as {kind}, sealed to {who} and this archive.</source>
        <translation>
            <numerusform>%n файл ({kind}) будет запечатан для получателей: {who}, а также для этого архива.</numerusform>
            <numerusform>%n файла ({kind}) будут запечатаны для получателей: {who}, а также для этого архива.</numerusform>
            <numerusform>%n файлов ({kind}) будут запечатаны для получателей: {who}, а также для этого архива.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n statement(s).</source>
        <translation>
            <numerusform>Включая показания: %n.</numerusform>
            <numerusform>Включая показания: %n.</numerusform>
            <numerusform>Включая показания: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty folder. The cleaned copies are written there as ordinary files that anyone with the folder can read.</source>
        <translation>Выберите пустую папку. Очищенные копии будут записаны туда как обычные файлы, которые сможет прочитать любой, у кого есть эта папка.</translation>
    </message>
    <message numerus="yes">
        <source>%n sanitized file(s).</source>
        <translation>
            <numerusform>%n очищенный файл.</numerusform>
            <numerusform>%n очищенных файла.</numerusform>
            <numerusform>%n очищенных файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements are never written to a plain folder; they are left out.</source>
        <translation>Показания никогда не записываются в обычную папку; они не будут включены.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Item details</source>
        <translation>Сведения о материале</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Выберите материал, чтобы увидеть сведения о нём.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Скопировать SHA-256</translation>
    </message>
    <message>
        <source>Copy SHA-256 to the clipboard</source>
        <translation>Скопировать SHA-256 в буфер обмена</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Добавлен в архив</translation>
    </message>
    <message>
        <source>Filed under</source>
        <translation>Дела и метки</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Capture time and place</source>
        <translation>Время и место записи</translation>
    </message>
    <message>
        <source>About the preview</source>
        <translation>О предпросмотре</translation>
    </message>
    <message>
        <source>Metadata by risk</source>
        <translation>Метаданные по уровню риска</translation>
    </message>
    <message>
        <source>The value as stored in the file</source>
        <translation>Значение, как оно хранится в файле</translation>
    </message>
    <message>
        <source>Copies made for publishing</source>
        <translation>Копии для публикации</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>История хранения</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA)</source>
        <translation>Учётные данные контента (C2PA)</translation>
    </message>
    <message>
        <source>{human} ({n} bytes)</source>
        <translation>{human} ({n} байт)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>этот файл</translation>
    </message>
    <message>
        <source>Faces hidden</source>
        <translation>Лица скрыты</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Метаданные удалены</translation>
    </message>
    <message>
        <source>Fields withheld</source>
        <translation>Поля скрыты</translation>
    </message>
    <message>
        <source>boxes confirmed by {who}</source>
        <translation>рамки подтвердил(а) {who}</translation>
    </message>
    <message>
        <source>The preview is the file&apos;s own embedded thumbnail. It has not yet been checked against the picture itself, and may show something else.</source>
        <translation>Предпросмотр — это встроенная миниатюра самого файла. Она ещё не сверена с самим изображением и может показывать что-то другое.</translation>
    </message>
    <message>
        <source>The preview is the file&apos;s own embedded thumbnail. The picture itself could not be decoded, so the thumbnail could not be checked against it.</source>
        <translation>Предпросмотр — это встроенная миниатюра самого файла. Само изображение не удалось декодировать, поэтому миниатюру не удалось сверить с ним.</translation>
    </message>
    <message>
        <source>The file&apos;s embedded thumbnail shows something other than the picture (see High risk below). The preview is made from the picture.</source>
        <translation>Встроенная миниатюра файла показывает не то, что изображение (см. «Высокий риск» ниже). Предпросмотр сделан из самого изображения.</translation>
    </message>
    <message>
        <source>Not read yet: the vault is reading this file&apos;s metadata.</source>
        <translation>Ещё не прочитано: архив читает метаданные этого файла.</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Ещё не проанализировано.</translation>
    </message>
    <message>
        <source>The file does not say when it was recorded.</source>
        <translation>В файле не указано, когда сделана запись.</translation>
    </message>
    <message>
        <source>Recorded at {place}</source>
        <translation>Записано в {place}</translation>
    </message>
    <message>
        <source>The file does not say where it was recorded.</source>
        <translation>В файле не указано, где сделана запись.</translation>
    </message>
    <message>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} с</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} стр.</translation>
    </message>
    <message>
        <source>This kind of file carries no metadata the vault can read.</source>
        <translation>В файлах такого типа нет метаданных, которые архив может прочитать.</translation>
    </message>
    <message>
        <source>High risk: can identify people or places</source>
        <translation>Высокий риск: может указать на людей или места</translation>
    </message>
    <message>
        <source>Medium risk: device, software and times</source>
        <translation>Средний риск: устройство, программы и время</translation>
    </message>
    <message>
        <source>Low risk: technical details</source>
        <translation>Низкий риск: технические подробности</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <source>No metadata found in this file.</source>
        <translation>В этом файле метаданные не найдены.</translation>
    </message>
    <message>
        <source>Technical detail about how the picture or sound is stored. Rarely says anything about people.</source>
        <translation>Технические сведения о том, как хранится изображение или звук. Редко говорят что-либо о людях.</translation>
    </message>
    <message>
        <source>Where this was recorded. Anyone who sees it can find the place, and perhaps the person.</source>
        <translation>Где это было записано. Любой, кто это увидит, сможет найти место, а возможно, и человека.</translation>
    </message>
    <message>
        <source>Part of the position record written by the device.</source>
        <translation>Часть записи о местоположении, сделанной устройством.</translation>
    </message>
    <message>
        <source>A name, account or device serial inside the file&apos;s Content Credentials (C2PA): an author, an identity assertion, or the signer&apos;s certificate. It identifies who or what made the file.</source>
        <translation>Имя, учётная запись или серийный номер устройства в учётных данных контента (C2PA): автор, утверждение о личности или сертификат подписавшего. Они указывают, кто или что создал файл.</translation>
    </message>
    <message>
        <source>A number unique to one device or one file. It can tie this file to a phone or camera, and to every other file it made.</source>
        <translation>Номер, уникальный для одного устройства или одного файла. Он может связать этот файл с телефоном или камерой и со всеми другими файлами, которые они создали.</translation>
    </message>
    <message>
        <source>A camera maker&apos;s private block. Often holds serial numbers and settings no one reviews.</source>
        <translation>Закрытый блок данных производителя камеры. Часто содержит серийные номера и настройки, которые никто не проверяет.</translation>
    </message>
    <message>
        <source>A track of timed data (text, subtitles, sensor or position samples) beside the picture and sound.</source>
        <translation>Дорожка данных с привязкой ко времени (текст, субтитры, данные датчиков или координаты) рядом с изображением и звуком.</translation>
    </message>
    <message>
        <source>The file&apos;s own thumbnail shows something other than the picture. The photo was probably edited or cropped after it was taken, and the thumbnail may still show the original.</source>
        <translation>Собственная миниатюра файла показывает не то, что изображение. Снимок, вероятно, отредактировали или обрезали после съёмки, а миниатюра может всё ещё показывать оригинал.</translation>
    </message>
    <message>
        <source>An embedded picture, video or file. It may show what was cropped or hidden in the main picture.</source>
        <translation>Встроенное изображение, видео или файл. Оно может показать то, что было обрезано или скрыто на основном изображении.</translation>
    </message>
    <message>
        <source>Free text someone typed or software stored. It can hold names, places or anything else.</source>
        <translation>Произвольный текст, который кто-то ввёл или сохранила программа. В нём могут быть имена, места или что угодно ещё.</translation>
    </message>
    <message>
        <source>A person&apos;s name or contact. It may identify the person who recorded or handled this.</source>
        <translation>Имя или контакт человека. По ним можно установить, кто сделал эту запись или работал с ней.</translation>
    </message>
    <message>
        <source>Which device or program made or edited this. Narrows down who could have made it.</source>
        <translation>Каким устройством или программой это создано или изменено. Сужает круг тех, кто мог это сделать.</translation>
    </message>
    <message>
        <source>When this was made or changed. Can place a person at a moment; a time zone hints at a region.</source>
        <translation>Когда это создано или изменено. Может показать, где был человек в определённый момент; часовой пояс указывает на регион.</translation>
    </message>
    <message>
        <source>Not in our table. Treated as worth a look, because unknown tags sometimes hold private data.</source>
        <translation>Нет в нашей таблице. Считается заслуживающим проверки: неизвестные поля метаданных иногда содержат личные данные.</translation>
    </message>
    <message>
        <source>As stored in the file: {value}</source>
        <translation>Как хранится в файле: {value}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>A duress passphrase is for when someone forces you to open the archive. Typed instead of your passphrase, it seems to work: it opens a second archive that holds only what you put in it now, or nothing. At the same moment it destroys your real archive. Nobody can recover it afterwards, not you either: your passphrase and your recovery code will then say “wrong passphrase”.

Before you set it up, seal your evidence in a bundle for investigators you trust.

It does not protect a copy of the archive made before the duress passphrase is typed, and destroying evidence can itself be a crime in some countries.</source>
        <translation>Парольная фраза под принуждением нужна на случай, если вас заставят открыть архив. Если ввести её вместо вашей парольной фразы, она как будто подходит: открывается второй архив, в котором есть только то, что вы положите в него сейчас, или вообще ничего. В тот же момент ваш настоящий архив уничтожается. После этого его не сможет восстановить никто, в том числе вы: на вашу парольную фразу и ваш код восстановления программа будет отвечать «неверная парольная фраза».

Прежде чем её настраивать, запечатайте свои доказательства в пакет для следователей, которым вы доверяете.

Она не защищает копию архива, сделанную до того, как введена парольная фраза под принуждением, а уничтожение доказательств в некоторых странах само по себе может быть преступлением.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Парольная фраза под принуждением ещё раз</translation>
    </message>
    <message>
        <source>Nothing (an empty archive)</source>
        <translation>Ничего (пустой архив)</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>I understand that typing it destroys my real archive for good.</source>
        <translation>Я понимаю, что её ввод безвозвратно уничтожит мой настоящий архив.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>What the decoy shows</source>
        <translation>Что покажет архив-приманка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Удалить парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <source>Innocuous photos and notes for the decoy</source>
        <translation>Безобидные фото и заметки для архива-приманки</translation>
    </message>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Введённые парольные фразы под принуждением не совпадают.</translation>
    </message>
    <message>
        <source>Working… this takes a few seconds.</source>
        <translation>Выполняется… это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>That is not your passphrase.</source>
        <translation>Это не ваша парольная фраза.</translation>
    </message>
    <message>
        <source>This is the decoy&apos;s recovery code, not your archive&apos;s. If you are forced to hand over a recovery code, give this one: it opens the decoy and destroys your real archive, like the duress passphrase. Write it down now; it is shown only once.</source>
        <translation>Это код восстановления приманки, а не вашего архива. Если вас заставят отдать код восстановления, отдайте этот: он открывает приманку и уничтожает ваш настоящий архив, как и парольная фраза под принуждением. Запишите его сейчас: он показывается только один раз.</translation>
    </message>
    <message>
        <source>The decoy&apos;s recovery code</source>
        <translation>Код восстановления приманки</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я записал(а) код</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>EventModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Словами</translation>
    </message>
</context>
<context>
    <name>EventPane</name>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Выберите событие, чтобы прочитать его полностью.</translation>
    </message>
    <message>
        <source>Show the full record</source>
        <translation>Показать всю запись</translation>
    </message>
    <message>
        <source>The event&apos;s full record</source>
        <translation>Вся запись события</translation>
    </message>
    <message>
        <source>Event {seq}, {time}: {sentence}</source>
        <translation>Событие {seq}, {time}: {sentence}</translation>
    </message>
    <message>
        <source>Hide the full record</source>
        <translation>Скрыть всю запись</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The archive is locking; nothing was written.</source>
        <translation>Архив блокируется; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>FindingFaces</name>
    <message>
        <source>Finding faces…</source>
        <translation>Поиск лиц…</translation>
    </message>
    <message>
        <source>Finding faces</source>
        <translation>Поиск лиц</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Finding faces… {percent}%</source>
        <translation>Поиск лиц… {percent}%</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>A safe place for your files</source>
        <translation>Надёжное место для ваших файлов</translation>
    </message>
    <message>
        <source>This app keeps photos, videos, recordings and documents in one locked archive on this computer or on a USB stick. Everything inside is encrypted: without your passphrase nobody can open it, not even with the computer in their hands.</source>
        <translation>Эта программа хранит фотографии, видео, аудиозаписи и документы в одном запертом архиве на этом компьютере или на USB-флешке. Всё содержимое зашифровано: без вашей парольной фразы никто не сможет его открыть, даже если компьютер окажется у него в руках.</translation>
    </message>
    <message>
        <source>Files are stored exactly as they were, with a fingerprint (SHA-256) and a signed record of when they were added and opened, so you can later show they were not changed.</source>
        <translation>Файлы хранятся точно в том виде, в каком были добавлены, вместе с отпечатком (SHA-256) и подписанной записью о том, когда их добавляли и открывали, — так вы сможете потом показать, что они не изменялись.</translation>
    </message>
    <message>
        <source>It works without the internet and never sends anything anywhere.</source>
        <translation>Программа работает без интернета и никогда ничего никуда не отправляет.</translation>
    </message>
    <message>
        <source>Setting up takes about a minute.</source>
        <translation>Настройка займёт около минуты.</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>Где хранить архив</translation>
    </message>
    <message>
        <source>The archive is one folder. Keep it on this computer, or on a USB stick you can take with you or hide. This choice is remembered.</source>
        <translation>Архив — это одна папка. Храните её на этом компьютере или на USB-флешке, которую можно взять с собой или спрятать. Этот выбор будет запомнен.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Папка архива</translation>
    </message>
    <message>
        <source>Choose another folder or USB stick…</source>
        <translation>Выбрать другую папку или USB-флешку…</translation>
    </message>
    <message>
        <source>Use the default place</source>
        <translation>Использовать место по умолчанию</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <source>You will type it each time you open the archive. Make it long and something others would not guess; a short sentence or four random words works well. Do not reuse a password from elsewhere.</source>
        <translation>Вы будете вводить её при каждом открытии архива. Сделайте её длинной и такой, чтобы другие не могли её угадать; хорошо подходит короткое предложение или четыре случайных слова. Не используйте пароль, который уже где-то применяли.</translation>
    </message>
    <message>
        <source>Creating your archive</source>
        <translation>Создание архива</translation>
    </message>
    <message>
        <source>Protecting the key with your passphrase. This takes a few seconds.</source>
        <translation>Ключ защищается вашей парольной фразой. Это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Write down your recovery code</source>
        <translation>Запишите код восстановления</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Если вы забудете парольную фразу, этот код — единственный способ снова попасть в архив. Запишите его сейчас на бумаге и храните её в надёжном месте, не рядом с этим компьютером. Код показывается только один раз.</translation>
    </message>
    <message>
        <source>Anyone who has this code can open the archive. Do not photograph it.</source>
        <translation>Любой, у кого есть этот код, может открыть архив. Не фотографируйте его.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я записал(а) код</translation>
    </message>
    <message>
        <source>Add your first files</source>
        <translation>Добавьте первые файлы</translation>
    </message>
    <message>
        <source>You can add a folder now, or later by dragging files onto the window. The originals stay where they are; you decide whether to delete them afterwards.</source>
        <translation>Можно добавить папку сейчас или позже, перетащив файлы в окно. Оригиналы остаются на месте; удалять ли их потом, решаете вы.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>No folder chosen. You can skip this step.</source>
        <translation>Папка не выбрана. Этот шаг можно пропустить.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Create archive</source>
        <translation>Создать архив</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Add and finish</source>
        <translation>Добавить и завершить</translation>
    </message>
    <message>
        <source>An archive already exists here. Continuing opens it.</source>
        <translation>Здесь уже есть архив. Если продолжить, он будет открыт.</translation>
    </message>
    <message>
        <source>Choose where to keep the archive</source>
        <translation>Выберите, где хранить архив</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Выберите папку для добавления</translation>
    </message>
    <message>
        <source>Will add everything in: {path}</source>
        <translation>Будет добавлено всё содержимое папки: {path}</translation>
    </message>
    <message>
        <source>Could not remember this place: {e}</source>
        <translation>Не удалось запомнить это место: {e}</translation>
    </message>
    <message>
        <source>The archive could not be created: {e}</source>
        <translation>Не удалось создать архив: {e}</translation>
    </message>
</context>
<context>
    <name>FrameStepper</name>
    <message>
        <source>Previous frame</source>
        <translation>Предыдущий кадр</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Следующий кадр</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записана</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Versions; select two to compare</source>
        <translation>Версии; выберите две для сравнения</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to see what changed between them.</source>
        <translation>Выберите две версии (Ctrl+щелчок), чтобы увидеть, что между ними изменилось.</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Различия между версиями</translation>
    </message>
    <message>
        <source>Version {n} is the first version.</source>
        <translation>Версия {n} — первая.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Связанные материалы</translation>
    </message>
    <message>
        <source>Changes from version {a} ({when_a}) to version {b} ({when_b})</source>
        <translation>Изменения от версии {a} ({when_a}) к версии {b} ({when_b})</translation>
    </message>
    <message>
        <source>Unchanged: {fields}</source>
        <translation>Без изменений: {fields}</translation>
    </message>
</context>
<context>
    <name>IdentityChoice</name>
    <message>
        <source>This archive&apos;s own key</source>
        <translation>Собственный ключ этого архива</translation>
    </message>
    <message>
        <source>Open with this archive&apos;s own key</source>
        <translation>Открыть собственным ключом этого архива</translation>
    </message>
    <message>
        <source>An identity file:</source>
        <translation>Файл идентификации:</translation>
    </message>
    <message>
        <source>Open with an identity file</source>
        <translation>Открыть с помощью файла идентификации</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Файл идентификации</translation>
    </message>
    <message>
        <source>age identity file (AGE-SECRET-KEY-…)</source>
        <translation>Файл идентификации age (AGE-SECRET-KEY-…)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Выбрать файл идентификации</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Выберите свой файл идентификации</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>The picture could not be made: {reason}</source>
        <translation>Не удалось показать изображение: {reason}</translation>
    </message>
    <message>
        <source>{w} × {h} pixels · {size} · {zoom}%</source>
        <translation>{w} × {h} пикселей · {size} · {zoom}%</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adding files</source>
        <translation>Добавление файлов</translation>
    </message>
    <message>
        <source>Adding files to the archive…</source>
        <translation>Файлы добавляются в архив…</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Просмотр файлов…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Files that could not be added</source>
        <translation>Файлы, которые не удалось добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>File {n} of {total} · {done} of {size}</source>
        <translation>Файл {n} из {total} · {done} из {size}</translation>
    </message>
    <message>
        <source>{rate}/s · about {left} left</source>
        <translation>{rate}/с · осталось около {left}</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Импорт завершён с проблемами</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Added: {imported} · Already in the archive: {dup} · Failed: {failed}</source>
        <translation>Добавлено: {imported} · Уже было в архиве: {dup} · Не удалось: {failed}</translation>
    </message>
    <message>
        <source>Not added because you cancelled: {n}. Nothing half-added was kept.</source>
        <translation>Не добавлено, потому что вы отменили импорт: {n}. Ничего частично добавленного не сохранено.</translation>
    </message>
    <message>
        <source>{size} stored in {time}</source>
        <translation>{size} сохранено за {time}</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Импорт остановлен</translation>
    </message>
</context>
<context>
    <name>ItemGrid</name>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>Preview could not be made: {reason}</source>
        <translation>Не удалось сделать превью: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Link items</source>
        <translation>Связать материалы</translation>
    </message>
    <message>
        <source>Filter items by name</source>
        <translation>Фильтр материалов по названию</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <source>Items of the archive; check those to link</source>
        <translation>Материалы архива; отметьте те, которые нужно связать</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Link checked items</source>
        <translation>Связать отмеченные материалы</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the archive</source>
        <translation>
            <numerusform>%n материал в архиве</numerusform>
            <numerusform>%n материала в архиве</numerusform>
            <numerusform>%n материалов в архиве</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message numerus="yes">
        <source>The selected item(s) (%n)</source>
        <translation>
            <numerusform>Выбранные материалы (%n)</numerusform>
            <numerusform>Выбранные материалы (%n)</numerusform>
            <numerusform>Выбранные материалы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected items (none selected)</source>
        <translation>Выбранные материалы (ничего не выбрано)</translation>
    </message>
    <message>
        <source>Export the selected items</source>
        <translation>Экспортировать выбранные материалы</translation>
    </message>
    <message>
        <source>A whole case, with its statements:</source>
        <translation>Целое дело вместе с его показаниями:</translation>
    </message>
    <message>
        <source>Export a whole case</source>
        <translation>Экспортировать целое дело</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n item(s)</source>
        <translation>
            <numerusform>{name} — %n материал</numerusform>
            <numerusform>{name} — %n материала</numerusform>
            <numerusform>{name} — %n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n показание</numerusform>
            <numerusform>, %n показания</numerusform>
            <numerusform>, %n показаний</numerusform>
        </translation>
    </message>
    <message>
        <source>Select items in the main window, or file items under a case, first.</source>
        <translation>Сначала выберите материалы в главном окне или отнесите материалы к делу.</translation>
    </message>
    <message>
        <source>There is nothing to export in that choice.</source>
        <translation>В выбранном нечего экспортировать.</translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Через %n минуту бездействия</numerusform>
            <numerusform>Через %n минуты бездействия</numerusform>
            <numerusform>Через %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>When the window is minimised</source>
        <translation>При сворачивании окна</translation>
    </message>
</context>
<context>
    <name>LookAlikesDialog</name>
    <message>
        <source>Look-alikes</source>
        <translation>Похожие</translation>
    </message>
    <message>
        <source>Items whose pictures look alike, such as a photo or video that a messenger re-encoded: not the same bytes, so both were kept. The distance counts the bits of 64 in which their perceptual hashes differ (0: look the same; unrelated pictures differ in about 32). Nothing is merged: both items stay as they came.</source>
        <translation>Элементы, изображения которых похожи, например фото или видео, перекодированное мессенджером: байты разные, поэтому сохранены оба. Расстояние — число битов из 64, в которых различаются их перцептивные хеши (0 — выглядят одинаково; несвязанные изображения различаются примерно в 32). Ничего не объединяется: оба элемента остаются такими, какими поступили.</translation>
    </message>
    <message>
        <source>Show pairs at most this many bits apart:</source>
        <translation>Показывать пары, различающиеся не более чем на столько битов:</translation>
    </message>
    <message>
        <source>Largest distance shown</source>
        <translation>Наибольшее показываемое расстояние</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Похож на</translation>
    </message>
    <message>
        <source>Looking for items that look alike…</source>
        <translation>Поиск похожих элементов…</translation>
    </message>
    <message>
        <source>The look-alikes could not be listed: {error}</source>
        <translation>Не удалось показать похожие: {error}</translation>
    </message>
    <message>
        <source>{distance} of 64</source>
        <translation>{distance} из 64</translation>
    </message>
    <message>
        <source>Pairs that look alike: {count}.</source>
        <translation>Похожих пар: {count}.</translation>
    </message>
    <message>
        <source>No items look alike at this distance.</source>
        <translation>При таком расстоянии похожих элементов нет.</translation>
    </message>
    <message>
        <source>Not compared yet, their hashes being computed in the background: {count}.</source>
        <translation>Ещё не сравнены, их хеши вычисляются в фоне: {count}.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>Bundle {bundle}, sealed by key {sender}, received {day}</source>
        <translation>Пакет {bundle}, запечатан ключом {sender}, получен {day}</translation>
    </message>
    <message>
        <source>Added here, {day}</source>
        <translation>Добавлен здесь, {day}</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>Nothing here yet.
Drag files or folders onto this window, or use Add files.</source>
        <translation>Здесь пока ничего нет.
Перетащите файлы или папки в это окно или нажмите «Добавить файлы».</translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>Подходящих материалов нет.</translation>
    </message>
    <message numerus="yes">
        <source>Take %n item(s) out of the case “{name}”</source>
        <translation>
            <numerusform>Исключить %n материал из дела «{name}»</numerusform>
            <numerusform>Исключить %n материала из дела «{name}»</numerusform>
            <numerusform>Исключить %n материалов из дела «{name}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Воспроизвести или приостановить</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Воспроизвести или приостановить (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
</context>
<context>
    <name>MetadataText</name>
    <message>
        <source>{time} (no zone recorded)</source>
        <translation>{time} (часовой пояс не записан)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>с. ш.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ю. ш.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>в. д.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>з. д.</translation>
    </message>
    <message>
        <source>as stored</source>
        <translation>как хранится</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Ещё раз</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Сильная</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are strong and easy to remember.</source>
        <translation>Совет: четыре или больше не связанных между собой слов — это надёжно и легко запоминается.</translation>
    </message>
    <message>
        <source>{label} — rough estimate, about {bits} bits. Longer is better.</source>
        <translation>{label} — грубая оценка, около {bits} бит. Чем длиннее, тем лучше.</translation>
    </message>
    <message>
        <source>Choose a passphrase. It cannot be empty.</source>
        <translation>Придумайте парольную фразу. Она не может быть пустой.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same one twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document page</source>
        <translation>Страница документа</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source> Page </source>
        <translation> Страница </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source> of {n} </source>
        <translation> из {n} </translation>
    </message>
    <message>
        <source> (this PDF could not be opened)</source>
        <translation> (не удалось открыть этот PDF)</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <source>Boxes</source>
        <translation>Рамки</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Добавить рамку</translation>
    </message>
    <message>
        <source>Adds a box in the middle; or drag on the picture</source>
        <translation>Добавляет рамку посередине; или проведите по снимку</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Удалить рамку</translation>
    </message>
    <message>
        <source>Reset to detected</source>
        <translation>Вернуть найденные</translation>
    </message>
    <message>
        <source>Show as published</source>
        <translation>Показать, как будет опубликовано</translation>
    </message>
    <message>
        <source>Shows the boxes hidden as they will be in the copy</source>
        <translation>Показывает рамки скрытыми, как они будут в копии</translation>
    </message>
    <message>
        <source>Every face must be covered: add a box over any face the detector missed, including faces in the background, in reflections and on screens.</source>
        <translation>Каждое лицо должно быть закрыто: добавьте рамку на каждое лицо, которое детектор пропустил, в том числе на лица на заднем плане, в отражениях и на экранах.</translation>
    </message>
    <message>
        <source>Confirm boxes</source>
        <translation>Подтвердить рамки</translation>
    </message>
    <message>
        <source>Boxes to hide</source>
        <translation>Что будет скрыто</translation>
    </message>
    <message>
        <source>{n} · detected</source>
        <translation>{n} · найдено</translation>
    </message>
    <message>
        <source>{n} · detected {score}</source>
        <translation>{n} · найдено {score}</translation>
    </message>
    <message>
        <source>{n} · added by you</source>
        <translation>{n} · добавлено вами</translation>
    </message>
    <message>
        <source>{w} × {h} pixels at {x}, {y}</source>
        <translation>{w} × {h} пикселей в точке {x}, {y}</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) will be hidden</source>
        <translation>
            <numerusform>%n рамка будет скрыта</numerusform>
            <numerusform>%n рамки будут скрыты</numerusform>
            <numerusform>%n рамок будет скрыто</numerusform>
        </translation>
    </message>
    <message>
        <source>({detected} detected, {added} added by you).</source>
        <translation>(найдено: {detected}, добавлено вами: {added}).</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>What kind of copies</source>
        <translation>Какие копии</translation>
    </message>
    <message>
        <source>Originals for investigators</source>
        <translation>Оригиналы для следователей</translation>
    </message>
    <message>
        <source>The files exactly as they entered the archive, with all their metadata (place, time, device), sealed in an encrypted, signed bundle only the chosen recipients can open.</source>
        <translation>Файлы точно в том виде, в каком они попали в архив, со всеми метаданными (место, время, устройство), запечатанные в зашифрованный подписанный пакет, который могут открыть только выбранные получатели.</translation>
    </message>
    <message>
        <source>Sanitized copies</source>
        <translation>Очищенные копии</translation>
    </message>
    <message>
        <source>Copies with location, device and personal metadata removed, also sealed in a bundle. Files the program cannot clean stop the export.</source>
        <translation>Копии, из которых удалены метаданные о местоположении, устройстве и личные данные; они тоже запечатываются в пакет. Если программа не может очистить какой-либо файл, экспорт останавливается.</translation>
    </message>
    <message>
        <source>Anonymised copies for publishing</source>
        <translation>Анонимизированные копии для публикации</translation>
    </message>
    <message>
        <source>Copies with every face hidden (you check the boxes the program finds, and add any it missed), voices disguised if you choose, and all metadata removed, sealed in a bundle. Who checked them is kept in this archive&apos;s custody record.</source>
        <translation>Копии, в которых скрыто каждое лицо (вы проверяете рамки, найденные программой, и добавляете пропущенные), голоса изменены, если вы это выберете, и удалены все метаданные, запечатанные в пакет. Кто их проверил, записывается в журнал хранения этого архива.</translation>
    </message>
    <message>
        <source>Plain sanitized files to a folder</source>
        <translation>Очищенные файлы в обычную папку</translation>
    </message>
    <message>
        <source>Sanitized copies written as ordinary, unencrypted files, for publishing. No signatures or custody proofs travel with them.</source>
        <translation>Очищенные копии, записанные как обычные незашифрованные файлы, — для публикации. Подписи и подтверждения журнала хранения к ним не прилагаются.</translation>
    </message>
    <message>
        <source>Withhold from the originals (places and times are always kept; each file then travels as a copy with only these fields cut out, listed with the original&apos;s hash):</source>
        <translation>Изъять из оригиналов (места и время всегда сохраняются; каждый файл тогда отправляется как копия, из которой вырезаны только эти поля, с указанием хеша оригинала):</translation>
    </message>
    <message>
        <source>serial numbers</source>
        <translation>серийные номера</translation>
    </message>
    <message>
        <source>make and model</source>
        <translation>производитель и модель</translation>
    </message>
    <message>
        <source>software</source>
        <translation>программы</translation>
    </message>
    <message>
        <source>owner names</source>
        <translation>имена владельцев</translation>
    </message>
    <message>
        <source>Withhold {what}</source>
        <translation>Изъять: {what}</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Подготовка…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Making the sanitized copies…</source>
        <translation>Создание очищенных копий…</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Запечатывание…</translation>
    </message>
    <message>
        <source>Hiding the faces and sealing…</source>
        <translation>Скрываем лица и запечатываем…</translation>
    </message>
    <message>
        <source>Checking the sealed bundle…</source>
        <translation>Проверка запечатанного пакета…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Export cancelled. The half-written output was deleted.</source>
        <translation>Экспорт отменён. Частично записанный результат удалён.</translation>
    </message>
    <message>
        <source>The export stopped. Nothing was kept.</source>
        <translation>Экспорт остановлен. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>ProofModeSection</name>
    <message>
        <source>ProofMode proof</source>
        <translation>Доказательство ProofMode</translation>
    </message>
    <message>
        <source>no ProofMode proof came with it</source>
        <translation>с ним не пришло доказательства ProofMode</translation>
    </message>
    <message>
        <source>{what}: signature valid, by the export&apos;s key {key}</source>
        <translation>{what}: подпись действительна, ключом из экспорта {key}</translation>
    </message>
    <message>
        <source>{what}: BAD signature: these bytes are not what key {key} signed</source>
        <translation>{what}: ПЛОХАЯ подпись: это не те байты, что подписал ключ {key}</translation>
    </message>
    <message>
        <source>{what}: signature does not match: it signs another file ({other})</source>
        <translation>{what}: подпись не совпадает: она подписывает другой файл ({other})</translation>
    </message>
    <message>
        <source>{what}: signed by key {key}, which is not in the export: NOT verified</source>
        <translation>{what}: подписано ключом {key}, которого нет в экспорте: НЕ проверено</translation>
    </message>
    <message>
        <source>{what}: the export has no public key (pubkey.asc): signature NOT verified</source>
        <translation>{what}: в экспорте нет открытого ключа (pubkey.asc): подпись НЕ проверена</translation>
    </message>
    <message>
        <source>{what}: not a readable OpenPGP signature ({reason})</source>
        <translation>{what}: это не читаемая подпись OpenPGP ({reason})</translation>
    </message>
    <message>
        <source>{what}: signature NOT checked: {reason}</source>
        <translation>{what}: подпись НЕ проверена: {reason}</translation>
    </message>
    <message>
        <source>{what}: no signature</source>
        <translation>{what}: нет подписи</translation>
    </message>
    <message>
        <source>{what}: the proof&apos;s hash matches this file</source>
        <translation>{what}: хеш в доказательстве совпадает с этим файлом</translation>
    </message>
    <message>
        <source>{what}: the proof is for another file (SHA-256 {recorded}), NOT this one</source>
        <translation>{what}: доказательство — для другого файла (SHA-256 {recorded}), НЕ для этого</translation>
    </message>
    <message>
        <source>{what}: the proof cannot be read ({reason})</source>
        <translation>{what}: доказательство невозможно прочитать ({reason})</translation>
    </message>
    <message>
        <source>timestamp: pending at {count} calendar(s), for this file&apos;s hash (not yet in Bitcoin)</source>
        <translation>метка времени: ожидает в {count} календаре(ях), для хеша этого файла (ещё не в Bitcoin)</translation>
    </message>
    <message>
        <source>timestamp: in Bitcoin block {height} for this file&apos;s hash (Merkle root {root}; check it against the block chain with `ots verify`)</source>
        <translation>метка времени: в блоке Bitcoin {height} для хеша этого файла (корень Меркла {root}; проверьте его по цепочке блоков с помощью `ots verify`)</translation>
    </message>
    <message>
        <source>timestamp: it is for another hash ({digest}), NOT this file</source>
        <translation>метка времени: она для другого хеша ({digest}), НЕ для этого файла</translation>
    </message>
    <message>
        <source>timestamp: the proof cannot be read ({reason})</source>
        <translation>метка времени: доказательство невозможно прочитать ({reason})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>the proof (CSV)</source>
        <translation>доказательство (CSV)</translation>
    </message>
    <message>
        <source>the proof (JSON)</source>
        <translation>доказательство (JSON)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Signed by {signer} ({generator}); the file has not been changed since it was signed. The signer is trusted: its certificate chain ends at an anchor installed in this vault.</source>
        <translation>Подписано: {signer} ({generator}); файл не изменялся с момента подписи. Подписавшему доверяют: цепочка его сертификатов заканчивается якорем доверия, установленным в этом хранилище.</translation>
    </message>
    <message>
        <source>Valid signature, signer not in a trusted list: signed by {signer} ({generator}); the file has not been changed since it was signed. No anchor installed in this vault vouches for who the signer is.</source>
        <translation>Подпись действительна, подписавший не в списке доверенных: подписано {signer} ({generator}); файл не изменялся с момента подписи. Ни один якорь доверия в этом хранилище не подтверждает, кто подписал.</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING: the file&apos;s bytes no longer match the hash in its Content Credentials (signed by {signer}, {generator}). It was altered after signing: the claim does not describe this file.</source>
        <translation>ИЗМЕНЁН ПОСЛЕ ПОДПИСИ: байты файла больше не совпадают с хешем в его учётных данных контента (подписано {signer}, {generator}). Файл изменили после подписи: заявление не описывает этот файл.</translation>
    </message>
    <message>
        <source>INVALID SIGNATURE: the signature of the Content Credentials or the certificate that made it does not hold ({codes}). Nothing in them can be relied on.</source>
        <translation>НЕДЕЙСТВИТЕЛЬНАЯ ПОДПИСЬ: подпись учётных данных контента или сертификат, которым она сделана, не подтверждаются ({codes}). Ничему в них нельзя доверять.</translation>
    </message>
    <message>
        <source>MANIFEST DAMAGED: the parts of the Content Credentials do not match each other (edited or broken: {codes}). Nothing in them can be relied on.</source>
        <translation>МАНИФЕСТ ПОВРЕЖДЁН: части учётных данных контента не совпадают друг с другом (изменены или повреждены: {codes}). Ничему в них нельзя доверять.</translation>
    </message>
    <message>
        <source>The file&apos;s Content Credentials are kept on the network ({url}) and were not fetched: this program never goes online. Nothing about them is known.</source>
        <translation>Учётные данные контента этого файла хранятся в сети ({url}) и не были загружены: эта программа никогда не выходит в сеть. О них ничего не известно.</translation>
    </message>
    <message>
        <source>No Content Credentials (C2PA) in this file. That proves nothing either way: most files have none, and many apps remove them.</source>
        <translation>В этом файле нет учётных данных контента (C2PA). Это ничего не доказывает: у большинства файлов их нет, и многие приложения их удаляют.</translation>
    </message>
    <message>
        <source>Content Credentials could not be read ({problem}). This is a failure of the reader, not a finding about the file: check it with c2patool.</source>
        <translation>Не удалось прочитать учётные данные контента ({problem}). Это сбой программы чтения, а не вывод о файле: проверьте его с помощью c2patool.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Signed on {time}, by the clock of a timestamp authority.</source>
        <translation>Подписано {time} по часам службы меток времени.</translation>
    </message>
    <message>
        <source>The manifest has no timestamp: when it was signed is not attested, only claimed.</source>
        <translation>В манифесте нет метки времени: время подписи не удостоверено, а только заявлено.</translation>
    </message>
    <message>
        <source>The manifest says it was recorded by a device (digital capture).</source>
        <translation>Манифест утверждает, что файл записан устройством (цифровая съёмка).</translation>
    </message>
    <message>
        <source>MADE OR CHANGED BY AI, says the manifest: {actions}.</source>
        <translation>СОЗДАНО ИЛИ ИЗМЕНЕНО ИИ, по словам манифеста: {actions}.</translation>
    </message>
    <message>
        <source>Actions the manifest records: {actions}.</source>
        <translation>Действия, записанные в манифесте: {actions}.</translation>
    </message>
    <message>
        <source>A valid signature proves who signed and that the bytes did not change since; it does not prove that what the file shows is true.</source>
        <translation>Действительная подпись доказывает, кто подписал и что байты с тех пор не менялись; она не доказывает, что показанное в файле — правда.</translation>
    </message>
    <message>
        <source>An ingredient&apos;s own Content Credentials do not hold: {codes}.</source>
        <translation>Собственные учётные данные контента одного из исходных файлов не подтверждаются: {codes}.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>c2pa validation state</source>
        <translation>Состояние проверки c2pa</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>Прочитано с помощью</translation>
    </message>
    <message>
        <source>Trust anchors installed</source>
        <translation>Установлено якорей доверия</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Манифест</translation>
    </message>
    <message>
        <source>Claim generator</source>
        <translation>Генератор заявления</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписавший</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Серийный номер сертификата</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Сертификат действует</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Метка времени</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <source>Identifies</source>
        <translation>Указывает на</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Цепочка сертификатов</translation>
    </message>
    <message>
        <source>{subject}, issued by {issuer}, valid {valid}, SHA-256 {sha256}</source>
        <translation>{subject}, выдан {issuer}, действителен {valid}, SHA-256 {sha256}</translation>
    </message>
</context>
<context>
    <name>ProvenanceSection</name>
    <message>
        <source>Content Credentials verdict</source>
        <translation>Вывод об учётных данных контента</translation>
    </message>
    <message>
        <source>What the Content Credentials claim</source>
        <translation>Что заявляют учётные данные контента</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Content Credentials details</source>
        <translation>Подробности учётных данных контента</translation>
    </message>
    <message>
        <source>Checked offline: nothing is fetched. A signer is trusted only when its certificate chain ends at a trust anchor installed in this vault (evidence-vault provenance trust add).</source>
        <translation>Проверено без сети: ничего не загружается. Подписавшему доверяют, только если цепочка его сертификатов заканчивается якорем доверия, установленным в этом хранилище (evidence-vault provenance trust add).</translation>
    </message>
    <message>
        <source>Not read yet: the vault is reading this file&apos;s Content Credentials.</source>
        <translation>Ещё не прочитано: хранилище читает учётные данные контента этого файла.</translation>
    </message>
    <message>
        <source>The trust anchors changed since this was read; it is read again shortly.</source>
        <translation>Якоря доверия изменились после чтения; файл скоро будет прочитан снова.</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Скрыть подробности</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who can open it</source>
        <translation>Кто сможет открыть</translation>
    </message>
    <message>
        <source>Tick who the bundle is for. Compare each fingerprint with the recipient by voice before you send anything.</source>
        <translation>Отметьте, для кого предназначен пакет. Прежде чем что-либо отправлять, сверьте с каждым получателем его отпечаток ключа голосом.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Добавить получателя…</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Добавить получателя</translation>
    </message>
    <message>
        <source>This archive&apos;s own key is always included…</source>
        <translation>Собственный ключ этого архива всегда включается…</translation>
    </message>
    <message>
        <source>This archive&apos;s own key</source>
        <translation>Собственный ключ этого архива</translation>
    </message>
    <message>
        <source>{name}
fingerprint {fp}</source>
        <translation>{name}
отпечаток ключа {fp}</translation>
    </message>
    <message>
        <source>This archive&apos;s own key is always included, so you can reopen the bundle yourself (fingerprint {fp}).</source>
        <translation>Собственный ключ этого архива включается всегда, чтобы вы сами могли снова открыть пакет (отпечаток ключа {fp}).</translation>
    </message>
    <message>
        <source>No recipients yet. Add one with “Add recipient…”.</source>
        <translation>Получателей пока нет. Добавьте получателя кнопкой «Добавить получателя…».</translation>
    </message>
    <message>
        <source>Could not add the recipient: {e}</source>
        <translation>Не удалось добавить получателя: {e}</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Записано в</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the bundle</source>
        <translation>Отпечаток SHA-256 пакета</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Custody anchor code</source>
        <translation>Код якоря журнала хранения</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Запечатан для</translation>
    </message>
    <message>
        <source>Anchor code</source>
        <translation>Код якоря</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is sealed and was checked after writing. %n file(s) inside.</source>
        <translation>
            <numerusform>Пакет запечатан и проверен после записи. Внутри %n файл.</numerusform>
            <numerusform>Пакет запечатан и проверен после записи. Внутри %n файла.</numerusform>
            <numerusform>Пакет запечатан и проверен после записи. Внутри %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>this archive — {fp}</source>
        <translation>этот архив — {fp}</translation>
    </message>
    <message>
        <source>Send the recipients the SHA-256 separately, and write the anchor code down somewhere outside this computer: it lets anyone check later that this archive&apos;s history was not rewritten.</source>
        <translation>Отправьте получателям SHA-256 отдельно, а код якоря запишите где-нибудь вне этого компьютера: по нему любой сможет позже проверить, что историю этого архива не переписали.</translation>
    </message>
    <message numerus="yes">
        <source>%n cleaned file(s) were written and checked.</source>
        <translation>
            <numerusform>%n очищенный файл записан и проверен.</numerusform>
            <numerusform>%n очищенных файла записаны и проверены.</numerusform>
            <numerusform>%n очищенных файлов записаны и проверены.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are ordinary files: anyone who has the folder can read them.</source>
        <translation>Это обычные файлы: их может прочитать любой, у кого есть эта папка.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the faces to hide</source>
        <translation>Проверьте лица, которые нужно скрыть</translation>
    </message>
    <message>
        <source>Look at every picture and the whole of every video. Add a box over each face the detector missed, remove boxes that are not faces, then confirm. Nothing is written until the export.</source>
        <translation>Просмотрите каждое изображение и каждое видео целиком. Добавьте рамку на каждое лицо, которое детектор пропустил, удалите рамки, где нет лица, затем подтвердите. Ничего не записывается до экспорта.</translation>
    </message>
    <message>
        <source>Files to check</source>
        <translation>Файлы для проверки</translation>
    </message>
    <message>
        <source>Your name or initials, kept in the archive&apos;s custody record</source>
        <translation>Ваше имя или инициалы, хранятся в журнале хранения архива</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Проверил(а)</translation>
    </message>
    <message>
        <source>Disguise voices in videos and recordings</source>
        <translation>Изменять голоса в видео и записях</translation>
    </message>
    <message>
        <source>A sound recording: no faces to hide. Tick “Disguise voices” to change the voice.</source>
        <translation>Звукозапись: лиц нет. Отметьте «Изменять голоса», чтобы изменить голос.</translation>
    </message>
    <message>
        <source>✓ {name}</source>
        <translation>✓ {name}</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>What leaves with the files</source>
        <translation>Что уходит вместе с файлами</translation>
    </message>
    <message>
        <source>Reading the metadata of each file…</source>
        <translation>Чтение метаданных каждого файла…</translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation>Чтение метаданных</translation>
    </message>
    <message>
        <source>Metadata of each file and what happens to it</source>
        <translation>Метаданные каждого файла и что с ними произойдёт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>A cleaned copy carries no Content Credentials (C2PA): they are removed with the other metadata, and a changed copy can no longer carry a valid claim about the original. The original in the vault keeps them; send the original where they must be checked.</source>
        <translation>Очищенная копия не содержит учётных данных контента (C2PA): они удаляются вместе с остальными метаданными, и изменённая копия уже не может нести действительное заявление об оригинале. Оригинал в хранилище их сохраняет; отправляйте оригинал туда, где их нужно проверить.</translation>
    </message>
    <message>
        <source>About Content Credentials in cleaned copies</source>
        <translation>Об учётных данных контента в очищенных копиях</translation>
    </message>
    <message>
        <source>The metadata could not be read: {e}</source>
        <translation>Не удалось прочитать метаданные: {e}</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>изъято</translation>
    </message>
    <message>
        <source>CANNOT be withheld</source>
        <translation>изъять НЕВОЗМОЖНО</translation>
    </message>
    <message>
        <source>kept (original)</source>
        <translation>сохраняется (оригинал)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удаляется</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сохраняется</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>перекодируется</translation>
    </message>
    <message>
        <source>CANNOT be removed</source>
        <translation>удалить НЕВОЗМОЖНО</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>CANNOT withhold the chosen fields</source>
        <translation>выбранные поля изъять НЕВОЗМОЖНО</translation>
    </message>
    <message>
        <source>sent with the chosen fields withheld</source>
        <translation>отправляется без выбранных полей</translation>
    </message>
    <message>
        <source>sent unchanged</source>
        <translation>передаётся без изменений</translation>
    </message>
    <message>
        <source>CANNOT be cleaned</source>
        <translation>очистить НЕВОЗМОЖНО</translation>
    </message>
    <message>
        <source>can be cleaned</source>
        <translation>можно очистить</translation>
    </message>
    <message>
        <source>Cannot withhold</source>
        <translation>Изъять невозможно</translation>
    </message>
    <message>
        <source>Cannot clean</source>
        <translation>Невозможно очистить</translation>
    </message>
    <message>
        <source>No metadata found</source>
        <translation>Метаданные не найдены</translation>
    </message>
    <message>
        <source>Fields marked &apos;withheld&apos; are cut out of the copies sent.</source>
        <translation>Поля с отметкой «изъято» вырезаются из отправляемых копий.</translation>
    </message>
    <message numerus="yes">
        <source>The chosen fields cannot be withheld from %n file(s) (in red). Go back and leave them out, or withhold nothing.</source>
        <translation>
            <numerusform>Выбранные поля невозможно изъять из %n файла (выделен красным). Вернитесь и уберите его из выбора или ничего не изымайте.</numerusform>
            <numerusform>Выбранные поля невозможно изъять из %n файлов (выделены красным). Вернитесь и уберите их из выбора или ничего не изымайте.</numerusform>
            <numerusform>Выбранные поля невозможно изъять из %n файлов (выделены красным). Вернитесь и уберите их из выбора или ничего не изымайте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals leave as they are, except the fields marked &apos;withheld&apos;, which are cut out of the copies sent; every other field goes with them. Only the recipients can read them.</source>
        <translation>Оригиналы отправляются как есть, кроме полей с отметкой «изъято»: они вырезаются из отправляемых копий; все остальные поля сохраняются. Прочитать их смогут только получатели.</translation>
    </message>
    <message>
        <source>Originals leave exactly as they are: every field below goes with them. Only the recipients can read them.</source>
        <translation>Оригиналы уходят точно в том виде, в каком они есть: все поля ниже передаются вместе с ними. Прочитать их смогут только получатели.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be cleaned as shown.</source>
        <translation>
            <numerusform>%n файл будет очищен, как показано.</numerusform>
            <numerusform>%n файла будут очищены, как показано.</numerusform>
            <numerusform>%n файлов будут очищены, как показано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be cleaned (in red). Go back and leave them out, or send originals.</source>
        <translation>
            <numerusform>%n файл невозможно очистить (выделен красным). Вернитесь назад и исключите его или отправьте оригиналы.</numerusform>
            <numerusform>%n файла невозможно очистить (выделены красным). Вернитесь назад и исключите их или отправьте оригиналы.</numerusform>
            <numerusform>%n файлов невозможно очистить (выделены красным). Вернитесь назад и исключите их или отправьте оригиналы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) can be cleaned as shown.</source>
        <translation>
            <numerusform>Все файлы (%n) можно очистить, как показано.</numerusform>
            <numerusform>Все %n файла можно очистить, как показано.</numerusform>
            <numerusform>Все %n файлов можно очистить, как показано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Words to find in names, statements, tags and cases</source>
        <translation>Слова для поиска в названиях, показаниях, метках и делах</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Слова для поиска</translation>
    </message>
    <message>
        <source>What to find</source>
        <translation>Что искать</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Любое дело</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>With a position</source>
        <translation>С координатами</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Type at least one word.</source>
        <translation>Введите хотя бы одно слово.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>The search could not run: {e}</source>
        <translation>Не удалось выполнить поиск: {e}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing contains these words.</source>
        <translation>Эти слова нигде не найдены.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Изменить парольную фразу</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one: the old code stops working at once. Write the new code on paper and destroy the old paper.</source>
        <translation>Новый код восстановления заменяет старый: старый код сразу перестаёт действовать. Запишите новый код на бумаге, а бумагу со старым кодом уничтожьте.</translation>
    </message>
    <message>
        <source>The archive is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. The old passphrase stops working. The recovery code still works.</source>
        <translation>Архив не перешифровывается: новой парольной фразой заново защищается только ключ, который его открывает. Старая парольная фраза перестаёт действовать. Код восстановления продолжает действовать.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я записал(а) код</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Создать новый код</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Это не текущая парольная фраза.</translation>
    </message>
</context>
<context>
    <name>SensitivePane</name>
    <message>
        <source>Sensitive: the witness&apos;s identity and consent</source>
        <translation>Конфиденциально: личные данные свидетеля и согласие</translation>
    </message>
    <message>
        <source>Sensitive — kept apart from the statement</source>
        <translation>Конфиденциально — хранится отдельно от показаний</translation>
    </message>
    <message>
        <source>The real name and contact are never part of a version, never searched and never written to the custody log. Exports use the pseudonym unless the witness agreed to be named.</source>
        <translation>Настоящее имя и контакты никогда не входят в версии показаний, не участвуют в поиске и не записываются в журнал хранения. При экспорте используется псевдоним, если только свидетель не согласился на указание своего имени.</translation>
    </message>
    <message>
        <source>Real name (hidden)</source>
        <translation>Настоящее имя (скрыто)</translation>
    </message>
    <message>
        <source>Contact (hidden)</source>
        <translation>Контакты (скрыты)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the real name and contact</source>
        <translation>Показать настоящее имя и контакты</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Сохранить личные данные</translation>
    </message>
    <message>
        <source>Save the real name and contact</source>
        <translation>Сохранить настоящее имя и контакты</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Настоящее имя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Who may see the statement</source>
        <translation>Кто может видеть показания</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Ещё не зафиксировано</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пока никто</translation>
    </message>
    <message>
        <source>Only named investigators</source>
        <translation>Только названные поимённо следователи</translation>
    </message>
    <message>
        <source>Investigators in general</source>
        <translation>Следователи в целом</translation>
    </message>
    <message>
        <source>The public, when anonymised</source>
        <translation>Общественность — после анонимизации</translation>
    </message>
    <message>
        <source>Investigators named in the consent, separated by commas</source>
        <translation>Следователи, названные в согласии, через запятую</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Имена через запятую</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Можно указывать имя</translation>
    </message>
    <message>
        <source>The witness agreed to be named</source>
        <translation>Свидетель согласен на указание своего имени</translation>
    </message>
    <message>
        <source>Publish only with the face hidden</source>
        <translation>Публиковать только со скрытым лицом</translation>
    </message>
    <message>
        <source>Published copies of the linked items must have the faces hidden</source>
        <translation>В опубликованных копиях связанных файлов лица должны быть скрыты</translation>
    </message>
    <message>
        <source>Publish only with the voice disguised</source>
        <translation>Публиковать только с изменённым голосом</translation>
    </message>
    <message>
        <source>Published copies of the linked items must have the voices disguised</source>
        <translation>В опубликованных копиях связанных файлов голоса должны быть изменены</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Дата, когда дано согласие</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Как дано согласие</translation>
    </message>
    <message>
        <source>e.g. orally, recorded on audio</source>
        <translation>например, устно, записано на аудио</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Зафиксировать согласие</translation>
    </message>
    <message>
        <source>Date consent was withdrawn</source>
        <translation>Дата отзыва согласия</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Record that the witness withdrew consent</source>
        <translation>Зафиксировать, что свидетель отозвал согласие</translation>
    </message>
    <message>
        <source>May be seen by</source>
        <translation>Кто может видеть</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Следователи</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как дано</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Real name in rendered PDFs</source>
        <translation>Настоящее имя в создаваемых PDF</translation>
    </message>
    <message>
        <source>Put the real name in rendered PDFs</source>
        <translation>Указывать настоящее имя в создаваемых PDF</translation>
    </message>
    <message>
        <source>Only when the witness agreed to be named and consent stands.</source>
        <translation>Только если свидетель согласен на указание своего имени и согласие не отозвано.</translation>
    </message>
    <message>
        <source>For a new statement, identity and consent are saved with it.</source>
        <translation>Для новых показаний личные данные и согласие сохраняются вместе с ними.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>No consent recorded: the statement cannot be exported.</source>
        <translation>Согласие не зафиксировано: показания нельзя экспортировать.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}: nothing of this statement may be exported.</source>
        <translation>Согласие отозвано {date}: ничего из этих показаний экспортировать нельзя.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>investigators in general</source>
        <translation>следователи в целом</translation>
    </message>
    <message>
        <source>only {names}</source>
        <translation>только {names}</translation>
    </message>
    <message>
        <source>the public, when anonymised</source>
        <translation>общественность — после анонимизации</translation>
    </message>
    <message>
        <source>The witness may be named.</source>
        <translation>Имя свидетеля можно указывать.</translation>
    </message>
    <message>
        <source>The witness must not be named.</source>
        <translation>Имя свидетеля указывать нельзя.</translation>
    </message>
    <message>
        <source>Published copies must hide the face.</source>
        <translation>Опубликованные копии должны скрывать лицо.</translation>
    </message>
    <message>
        <source>Published copies must disguise the voice.</source>
        <translation>Опубликованные копии должны изменять голос.</translation>
    </message>
    <message>
        <source>Published copies must hide the face and disguise the voice.</source>
        <translation>Опубликованные копии должны скрывать лицо и изменять голос.</translation>
    </message>
    <message>
        <source>Current consent: may be seen by {who}. {named} Given {date} ({how}).</source>
        <translation>Текущее согласие — кто может видеть показания: {who}. {named} Дано {date} ({how}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Через %n минуту бездействия</numerusform>
            <numerusform>Через %n минуты бездействия</numerusform>
            <numerusform>Через %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блокировать автоматически</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Блокировать при сворачивании окна</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>A second passphrase for when someone forces you to open the archive. It opens a decoy archive and destroys the real one at the same moment, for good: nobody can recover it, not you either. Seal your evidence for investigators you trust before you set it up.</source>
        <translation>Вторая парольная фраза на случай, если вас заставят открыть архив. Она открывает архив-приманку и в тот же момент безвозвратно уничтожает настоящий архив: восстановить его не сможет никто, в том числе вы. Прежде чем её настраивать, запечатайте свои доказательства для следователей, которым вы доверяете.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Set up or change…</source>
        <translation>Настроить или изменить…</translation>
    </message>
    <message>
        <source>Set up the duress passphrase and its decoy</source>
        <translation>Настроить парольную фразу под принуждением и архив-приманку</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>The archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Расположение</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Отпечаток ключа подписи</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Парольная фраза и код восстановления</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Изменить парольную фразу…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Новый код восстановления…</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением задана.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением не задана.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were never sealed to anyone. If this computer is lost or taken, they are lost too: export them in a bundle to an investigator you trust.</source>
        <translation>
            <numerusform>Материалов, которые ещё ни разу ни для кого не запечатывались: %n. Если этот компьютер потеряется или его изымут, они тоже будут потеряны: экспортируйте их в пакете для следователя, которому вы доверяете.</numerusform>
            <numerusform>Материалов, которые ещё ни разу ни для кого не запечатывались: %n. Если этот компьютер потеряется или его изымут, они тоже будут потеряны: экспортируйте их в пакете для следователя, которому вы доверяете.</numerusform>
            <numerusform>Материалов, которые ещё ни разу ни для кого не запечатывались: %n. Если этот компьютер потеряется или его изымут, они тоже будут потеряны: экспортируйте их в пакете для следователя, которому вы доверяете.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item has been sealed in a bundle at least once.</source>
        <translation>Каждый материал хотя бы раз запечатывался в пакет.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет использоваться со следующего запуска программы.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sections: all items, cases, tags and types</source>
        <translation>Разделы: все материалы, дела, метки и типы</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Типы</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Statement</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Statement and versions</source>
        <translation>Показания и версии</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S). Saving an existing statement adds a version.</source>
        <translation>Сохранить (Ctrl+S). При сохранении существующих показаний добавляется новая версия.</translation>
    </message>
    <message>
        <source>Render to PDF…</source>
        <translation>Создать PDF…</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Новые показания</translation>
    </message>
    <message>
        <source>Saved as version 1. Later changes add versions; none is lost.</source>
        <translation>Сохранено как версия 1. Последующие изменения добавляют новые версии; ни одна не теряется.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Statement {id}: {title}</source>
        <translation>Показания {id}: {title}</translation>
    </message>
    <message>
        <source>Version {n} of {total}, recorded {when}. SHA-256 {sha}</source>
        <translation>Версия {n} из {total}, записана {when}. SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This statement has changes that are not saved. If you leave it now, they are lost.

Discard the changes?</source>
        <translation>В этих показаниях есть несохранённые изменения. Если уйти сейчас, они пропадут.

Отбросить изменения?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved as statement {id}, version 1.</source>
        <translation>Сохранено как показания {id}, версия 1.</translation>
    </message>
    <message>
        <source>Nothing changed, so no new version was made.</source>
        <translation>Ничего не изменилось, поэтому новая версия не создана.</translation>
    </message>
    <message>
        <source>Saved as version {n}. Earlier versions remain.</source>
        <translation>Сохранено как версия {n}. Прежние версии остаются.</translation>
    </message>
    <message>
        <source>Identity saved, apart from the statement.</source>
        <translation>Личные данные сохранены отдельно от показаний.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Согласие зафиксировано.</translation>
    </message>
    <message>
        <source>Consent withdrawn: nothing of this statement may be exported now.</source>
        <translation>Согласие отозвано: теперь ничего из этих показаний экспортировать нельзя.</translation>
    </message>
    <message>
        <source>Added to the case {name}.</source>
        <translation>Добавлено в дело {name}.</translation>
    </message>
    <message>
        <source>Render the statement to PDF</source>
        <translation>Создать PDF с показаниями</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-документы (*.pdf)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Создание PDF…</translation>
    </message>
    <message>
        <source>Wrote {path} (recorded in the custody log).</source>
        <translation>Записан файл {path} (отмечено в журнале хранения).</translation>
    </message>
</context>
<context>
    <name>StatementFields</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Events began</source>
        <translation>Начало событий</translation>
    </message>
    <message>
        <source>Events ended</source>
        <translation>Окончание событий</translation>
    </message>
    <message>
        <source>Dates approximate</source>
        <translation>Даты приблизительные</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Когда (словами)</translation>
    </message>
    <message>
        <source>Place of the events</source>
        <translation>Место событий</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Perpetrators as described</source>
        <translation>Исполнители (по описанию)</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Области тела</translation>
    </message>
    <message>
        <source>Medical care and documents</source>
        <translation>Медицинская помощь и документы</translation>
    </message>
    <message>
        <source>Witnesses mentioned</source>
        <translation>Упомянутые свидетели</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>head</source>
        <translation>голова</translation>
    </message>
    <message>
        <source>face</source>
        <translation>лицо</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>шея</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>грудь</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>живот</translation>
    </message>
    <message>
        <source>back</source>
        <translation>спина</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>ягодицы</translation>
    </message>
    <message>
        <source>genitals</source>
        <translation>половые органы</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>левая рука</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>правая рука</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>левая кисть</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>правая кисть</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>левая нога</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>правая нога</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>левая стопа</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>правая стопа</translation>
    </message>
</context>
<context>
    <name>StatementForm</name>
    <message>
        <source>Pseudonym of the witness</source>
        <translation>Псевдоним свидетеля</translation>
    </message>
    <message>
        <source>The name the witness is referred to by</source>
        <translation>Имя, под которым упоминается свидетель</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>A short title, e.g. Detention near the metro</source>
        <translation>Короткий заголовок, например: Задержание у метро</translation>
    </message>
    <message>
        <source>Statement: what the witness said, in their words</source>
        <translation>Показания: что сказал свидетель, его словами</translation>
    </message>
    <message>
        <source>What the witness said, in their words.</source>
        <translation>Что сказал свидетель, его словами.</translation>
    </message>
    <message>
        <source>2020-08-10 or 2020-08-10T22:30</source>
        <translation>2020-08-10 или 2020-08-10T22:30</translation>
    </message>
    <message>
        <source>When the events began</source>
        <translation>Когда начались события</translation>
    </message>
    <message>
        <source>optional, for a range</source>
        <translation>необязательно, для периода</translation>
    </message>
    <message>
        <source>When the events ended (optional)</source>
        <translation>Когда закончились события (необязательно)</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <source>The dates are approximate</source>
        <translation>Даты приблизительные</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Когда (словами)</translation>
    </message>
    <message>
        <source>e.g. the night of 9 to 10 August, after the curfew</source>
        <translation>например, ночь с 9 на 10 августа, после комендантского часа</translation>
    </message>
    <message>
        <source>Place of the events</source>
        <translation>Место событий</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Perpetrators as described</source>
        <translation>Исполнители (по описанию)</translation>
    </message>
    <message>
        <source>Units, uniforms, vehicles, names or numbers heard</source>
        <translation>Подразделения, форма, транспорт, услышанные имена или номера</translation>
    </message>
    <message>
        <source>Injuries, in the witness&apos;s words</source>
        <translation>Травмы, словами свидетеля</translation>
    </message>
    <message>
        <source>Medical care received and medical documents</source>
        <translation>Полученная медицинская помощь и медицинские документы</translation>
    </message>
    <message>
        <source>Other witnesses mentioned</source>
        <translation>Другие упомянутые свидетели</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>2020-09-01</source>
        <translation>2020-09-01</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Язык показаний</translation>
    </message>
    <message>
        <source>e.g. Belarusian</source>
        <translation>например, белорусский</translation>
    </message>
    <message>
        <source>Linked items of the archive</source>
        <translation>Связанные материалы архива</translation>
    </message>
    <message>
        <source>Link items…</source>
        <translation>Связать материалы…</translation>
    </message>
    <message>
        <source>Unlink selected</source>
        <translation>Отвязать выбранные</translation>
    </message>
    <message>
        <source>Case to add the statement to</source>
        <translation>Дело, в которое добавить показания</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Добавить в дело</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Травмы</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Области тела</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Witnesses mentioned</source>
        <translation>Упомянутые свидетели</translation>
    </message>
    <message>
        <source>on</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Связанные материалы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <source>In: {cases}</source>
        <translation>В делах: {cases}</translation>
    </message>
    <message>
        <source>In no case yet.</source>
        <translation>Пока не добавлены ни в одно дело.</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Statements</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Новые показания</translation>
    </message>
    <message>
        <source>New statement (Ctrl+N)</source>
        <translation>Новые показания (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Statements: pseudonym, title, version and consent</source>
        <translation>Показания: псевдоним, заголовок, версия и согласие</translation>
    </message>
    <message>
        <source>No statements yet. Use New statement to record one.</source>
        <translation>Показаний пока нет. Чтобы записать показания, нажмите «Новые показания».</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не зафиксировано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пока никто</translation>
    </message>
    <message>
        <source>Named investigators</source>
        <translation>Названные следователи</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Следователи</translation>
    </message>
    <message>
        <source>Public, anonymised</source>
        <translation>Публично, анонимно</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>в. {n}</translation>
    </message>
    <message numerus="yes">
        <source>{pseudonym}: {title}, %n version(s)</source>
        <translation>
            <numerusform>{pseudonym}: {title}, %n версия</numerusform>
            <numerusform>{pseudonym}: {title}, %n версии</numerusform>
            <numerusform>{pseudonym}: {title}, %n версий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsWindow</name>
    <message>
        <source>Statements</source>
        <translation>Показания</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln материал</numerusform>
            <numerusform>%Ln материала</numerusform>
            <numerusform>%Ln материалов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Проверка ещё не проводилась</translation>
    </message>
    <message>
        <source>Last verified {when}: all intact</source>
        <translation>Последняя проверка {when}: всё цело</translation>
    </message>
    <message>
        <source>Last verified {when}: PROBLEMS FOUND</source>
        <translation>Последняя проверка {when}: НАЙДЕНЫ ПРОБЛЕМЫ</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n item(s): all intact.</source>
        <translation>
            <numerusform>Проверен %n материал: всё цело.</numerusform>
            <numerusform>Проверены %n материала: всё цело.</numerusform>
            <numerusform>Проверено %n материалов: всё цело.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: {e}</source>
        <translation>Не удалось выполнить проверку: {e}</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n item(s) under “{name}”.</source>
        <translation>
            <numerusform>%n материал добавлен в дело «{name}».</numerusform>
            <numerusform>%n материала добавлены в дело «{name}».</numerusform>
            <numerusform>%n материалов добавлено в дело «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of “{name}”; they stay in the archive.</source>
        <translation>
            <numerusform>%n материал исключён из дела «{name}»; он остаётся в архиве.</numerusform>
            <numerusform>%n материала исключены из дела «{name}»; они остаются в архиве.</numerusform>
            <numerusform>%n материалов исключено из дела «{name}»; они остаются в архиве.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackBars</name>
    <message>
        <source>Faces over time</source>
        <translation>Лица на протяжении видео</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>Открыть другой архив…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Забыли парольную фразу? Воспользуйтесь кодом восстановления</translation>
    </message>
    <message>
        <source>Type the 40-digit recovery code from your paper, then choose a new passphrase.</source>
        <translation>Введите 40-значный код восстановления, записанный на бумаге, затем придумайте новую парольную фразу.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Разблокировать и задать новую парольную фразу</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Назад к парольной фразе</translation>
    </message>
    <message>
        <source>Location: {path}</source>
        <translation>Расположение: {path}</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Введите код восстановления.</translation>
    </message>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Разблокировка и установка новой парольной фразы…</translation>
    </message>
    <message>
        <source>That recovery code does not open this archive.</source>
        <translation>Этот код восстановления не открывает этот архив.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be opened: {e}</source>
        <translation>Архив повреждён, открыть его невозможно: {e}</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Выберите папку архива</translation>
    </message>
</context>
<context>
    <name>VideoReview</name>
    <message>
        <source>Frame</source>
        <translation>Кадр</translation>
    </message>
    <message>
        <source>Faces found</source>
        <translation>Найденные лица</translation>
    </message>
    <message>
        <source>Drop track</source>
        <translation>Отбросить трек</translation>
    </message>
    <message>
        <source>Not a face: leave it as it is in the copy</source>
        <translation>Это не лицо: оставить как есть в копии</translation>
    </message>
    <message>
        <source>Keep track</source>
        <translation>Вернуть трек</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Добавить рамку</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Удалить рамку</translation>
    </message>
    <message>
        <source>From frame</source>
        <translation>С кадра</translation>
    </message>
    <message>
        <source>To frame</source>
        <translation>По кадр</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Начать здесь</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Закончить здесь</translation>
    </message>
    <message>
        <source>Show as published</source>
        <translation>Показать, как будет опубликовано</translation>
    </message>
    <message>
        <source>Every face must be covered in every frame: drop a track only if it is not a face, and add a box over the frames where the detector missed one.</source>
        <translation>Каждое лицо должно быть закрыто в каждом кадре: отбрасывайте трек, только если это не лицо, и добавляйте рамку на кадры, где детектор пропустил лицо.</translation>
    </message>
    <message>
        <source>Confirm boxes</source>
        <translation>Подтвердить рамки</translation>
    </message>
    <message>
        <source>Faces found (ticked ones are hidden)</source>
        <translation>Найденные лица (отмеченные будут скрыты)</translation>
    </message>
    <message>
        <source>Boxes you add (select one to set its frames)</source>
        <translation>Ваши рамки (выберите рамку, чтобы задать её кадры)</translation>
    </message>
    <message>
        <source>Face {n}</source>
        <translation>Лицо {n}</translation>
    </message>
    <message>
        <source>Frame {n} of {total}</source>
        <translation>Кадр {n} из {total}</translation>
    </message>
    <message>
        <source>{face} · frames {first}–{last}</source>
        <translation>{face} · кадры {first}–{last}</translation>
    </message>
    <message>
        <source>Box {n}</source>
        <translation>Рамка {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s) will be hidden</source>
        <translation>
            <numerusform>%n трек лица будет скрыт</numerusform>
            <numerusform>%n трека лиц будут скрыты</numerusform>
            <numerusform>%n треков лиц будет скрыто</numerusform>
        </translation>
    </message>
    <message>
        <source>Boxes added by you: {added}.</source>
        <translation>Рамок, добавленных вами: {added}.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>{name} — Archive</source>
        <translation>{name} — Архив</translation>
    </message>
</context>
<context>
    <name>WeakPassphraseBox</name>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <source>This duress passphrase is rated Weak (about {bits} bits).</source>
        <translation>Эта парольная фраза под принуждением оценена как слабая (около {bits} бит).</translation>
    </message>
    <message>
        <source>Anyone who guesses it, even by chance, opens the decoy and so destroys your real archive for good. Choose a longer one unless you are sure.</source>
        <translation>Любой, кто её угадает, даже случайно, откроет архив-приманку и тем самым навсегда уничтожит ваш настоящий архив. Выберите более длинную, если вы не уверены.</translation>
    </message>
    <message>
        <source>This passphrase is rated Weak (about {bits} bits).</source>
        <translation>Эта парольная фраза оценена как слабая (около {bits} бит).</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of the archive can try to guess it on their own computer, as fast as they like, and would soon open it. Several unrelated words are much safer.</source>
        <translation>Любой, кто получит копию архива, может подбирать её на своём компьютере с любой скоростью и скоро откроет архив. Несколько не связанных между собой слов гораздо надёжнее.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Всё равно использовать</translation>
    </message>
    <message>
        <source>Go back and change it</source>
        <translation>Вернуться и изменить</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Seal the selected items or a case for investigators (Ctrl+E)</source>
        <translation>Запечатать выбранные материалы или дело для следователей (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open a received bundle…</source>
        <translation>Открыть полученный пакет…</translation>
    </message>
    <message>
        <source>Take in many bundles…</source>
        <translation>Принять много пакетов…</translation>
    </message>
    <message>
        <source>Custody log…</source>
        <translation>Журнал хранения…</translation>
    </message>
    <message>
        <source>Look-alikes…</source>
        <translation>Похожие…</translation>
    </message>
    <message>
        <source>Items that look alike, such as re-encoded copies</source>
        <translation>Похожие элементы, например перекодированные копии</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock the archive (Ctrl+L)</source>
        <translation>Заблокировать архив (Ctrl+L)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Name, or Enter to search everything</source>
        <translation>Название или Enter для поиска везде</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Typing narrows the items by name; Enter also searches statements, tags and cases</source>
        <translation>Ввод текста отбирает материалы по названию; Enter также ищет в показаниях, метках и делах</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архив</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блокировать автоматически</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Парольная фраза под принуждением…</translation>
    </message>
    <message>
        <source>Destroy the archive now…</source>
        <translation>Уничтожить архив сейчас…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the passphrase file is empty</source>
        <translation>файл с парольной фразой пуст</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Повторите новую парольную фразу: </translation>
    </message>
    <message>
        <source>the new passphrase must not be empty</source>
        <translation>новая парольная фраза не может быть пустой</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>парольные фразы не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>no new passphrase given (empty input)</source>
        <translation>новая парольная фраза не указана (пустой ввод)</translation>
    </message>
    <message>
        <source>the new passphrase is rated Weak (about {bits} bits): anyone who gets a copy of the vault can try to guess it on their own computer, and would soon succeed. Choose a longer one (several words), or give --accept-weak-passphrase to use it anyway.</source>
        <translation>новая парольная фраза оценена как слабая (около {bits} бит): любой, кто получит копию архива, может подбирать её на своём компьютере и скоро подберёт. Выберите более длинную (несколько слов) или укажите --accept-weak-passphrase, чтобы всё же использовать её.</translation>
    </message>
    <message>
        <source>New duress passphrase: </source>
        <translation>Новая парольная фраза под принуждением: </translation>
    </message>
    <message>
        <source>Repeat the duress passphrase: </source>
        <translation>Повторите парольную фразу под принуждением: </translation>
    </message>
    <message>
        <source>the duress passphrase must not be empty</source>
        <translation>парольная фраза под принуждением не может быть пустой</translation>
    </message>
    <message>
        <source>the two duress passphrases differ; nothing was changed</source>
        <translation>парольные фразы под принуждением не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <source>no duress passphrase given (empty input)</source>
        <translation>парольная фраза под принуждением не указана (пустой ввод)</translation>
    </message>
    <message>
        <source>the duress passphrase is rated Weak (about {bits} bits): anyone who guesses it opens the decoy and so destroys your real vault. Choose a longer one, or give --accept-weak-passphrase to use it anyway.</source>
        <translation>парольная фраза под принуждением оценена как слабая (около {bits} бит): любой, кто её угадает, откроет архив-приманку и тем самым уничтожит ваш настоящий архив. Выберите более длинную или укажите --accept-weak-passphrase, чтобы всё же использовать её.</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>не удаётся прочитать {path}: {strerror}</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {source}: {strerror}</source>
        <translation>не удаётся прочитать парольную фразу из {source}: {strerror}</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Текущая парольная фраза: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>evidence-vault: WARNING: {warning}</source>
        <translation>evidence-vault: ПРЕДУПРЕЖДЕНИЕ: {warning}</translation>
    </message>
    <message>
        <source>Measuring this computer to choose the key-derivation cost...</source>
        <translation>Измеряется производительность этого компьютера, чтобы подобрать сложность формирования ключа...</translation>
    </message>
    <message>
        <source>Vault created at {directory}</source>
        <translation>Архив создан в {directory}</translation>
    </message>
    <message>
        <source>Recovery code: write it down now and keep it somewhere safe. It is shown only once,</source>
        <translation>Код восстановления: запишите его сейчас и храните в надёжном месте. Он показывается только один раз,</translation>
    </message>
    <message>
        <source>and it opens the vault if the passphrase is forgotten.</source>
        <translation>и он открывает архив, если парольная фраза забыта.</translation>
    </message>
    <message>
        <source>[{files_done}/{files_total}] {done} of {total}, {rate}/s  {current}</source>
        <translation>[{files_done}/{files_total}] {done} из {total}, {rate}/с  {current}</translation>
    </message>
    <message>
        <source>no ProofMode proof came with it</source>
        <translation>с ним не пришло доказательства ProofMode</translation>
    </message>
    <message>
        <source>{what}: signature valid, by the export&apos;s key {key}</source>
        <translation>{what}: подпись действительна, ключом из экспорта {key}</translation>
    </message>
    <message>
        <source>{what}: BAD signature: these bytes are not what key {key} signed</source>
        <translation>{what}: ПЛОХАЯ подпись: это не те байты, что подписал ключ {key}</translation>
    </message>
    <message>
        <source>{what}: signature does not match: it signs another file ({other})</source>
        <translation>{what}: подпись не совпадает: она подписывает другой файл ({other})</translation>
    </message>
    <message>
        <source>{what}: signed by key {key}, which is not in the export: NOT verified</source>
        <translation>{what}: подписано ключом {key}, которого нет в экспорте: НЕ проверено</translation>
    </message>
    <message>
        <source>{what}: the export has no public key (pubkey.asc): signature NOT verified</source>
        <translation>{what}: в экспорте нет открытого ключа (pubkey.asc): подпись НЕ проверена</translation>
    </message>
    <message>
        <source>{what}: not a readable OpenPGP signature ({reason})</source>
        <translation>{what}: это не читаемая подпись OpenPGP ({reason})</translation>
    </message>
    <message>
        <source>{what}: signature NOT checked: {reason}</source>
        <translation>{what}: подпись НЕ проверена: {reason}</translation>
    </message>
    <message>
        <source>{what}: no signature</source>
        <translation>{what}: нет подписи</translation>
    </message>
    <message>
        <source>{what}: the proof&apos;s hash matches this file</source>
        <translation>{what}: хеш в доказательстве совпадает с этим файлом</translation>
    </message>
    <message>
        <source>{what}: the proof is for another file (SHA-256 {recorded}), NOT this one</source>
        <translation>{what}: доказательство — для другого файла (SHA-256 {recorded}), НЕ для этого</translation>
    </message>
    <message>
        <source>{what}: the proof cannot be read ({reason})</source>
        <translation>{what}: доказательство невозможно прочитать ({reason})</translation>
    </message>
    <message>
        <source>timestamp: pending at {count} calendar(s), for this file&apos;s hash (not yet in Bitcoin)</source>
        <translation>метка времени: ожидает в {count} календаре(ях), для хеша этого файла (ещё не в Bitcoin)</translation>
    </message>
    <message>
        <source>timestamp: in Bitcoin block {height} for this file&apos;s hash (Merkle root {root}; check it against the block chain with `ots verify`)</source>
        <translation>метка времени: в блоке Bitcoin {height} для хеша этого файла (корень Меркла {root}; проверьте его по цепочке блоков с помощью `ots verify`)</translation>
    </message>
    <message>
        <source>timestamp: it is for another hash ({digest}), NOT this file</source>
        <translation>метка времени: она для другого хеша ({digest}), НЕ для этого файла</translation>
    </message>
    <message>
        <source>timestamp: the proof cannot be read ({reason})</source>
        <translation>метка времени: доказательство невозможно прочитать ({reason})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>the proof (CSV)</source>
        <translation>доказательство (CSV)</translation>
    </message>
    <message>
        <source>the proof (JSON)</source>
        <translation>доказательство (JSON)</translation>
    </message>
    <message>
        <source>evidence-vault: refused, nothing imported: {reason}</source>
        <translation>evidence-vault: отказано, ничего не импортировано: {reason}</translation>
    </message>
    <message>
        <source>{path}: {reason}; nothing imported</source>
        <translation>{path}: {reason}; ничего не импортировано</translation>
    </message>
    <message>
        <source>! not imported: {name}: it belongs to no media file of the export</source>
        <translation>! не импортировано: {name}: не относится ни к одному медиафайлу экспорта</translation>
    </message>
    <message>
        <source>Imported {imported}, already present {present}, failed {failed}.</source>
        <translation>Импортировано: {imported}, уже было: {present}, с ошибкой: {failed}.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>ProofMode (checked {time}):</source>
        <translation>ProofMode (проверено {time}):</translation>
    </message>
    <message>
        <source>  failed: {path}: {message}</source>
        <translation>  ошибка: {path}: {message}</translation>
    </message>
    <message>
        <source>The vault is empty. Add evidence with: evidence-vault import FILE_OR_FOLDER</source>
        <translation>Архив пуст. Добавьте доказательства командой: evidence-vault import FILE_OR_FOLDER</translation>
    </message>
    <message>
        <source>Copy of item {item} ({profile} copy {sha256}); the original:</source>
        <translation>Копия файла {item} (копия «{profile}» {sha256}); оригинал:</translation>
    </message>
    <message>
        <source>Copies made from it:</source>
        <translation>Копии, сделанные из него:</translation>
    </message>
    <message>
        <source>  boxes confirmed by {who}</source>
        <translation>  рамки подтвердил(а) {who}</translation>
    </message>
    <message>
        <source>  {profile}: {sha256}  {content_type}, {size} bytes{confirmed}</source>
        <translation>  {profile}: {sha256}  {content_type}, {size} байт{confirmed}</translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation>Журнал хранения:</translation>
    </message>
    <message>
        <source>Wrote item {id} to {out} ({size} bytes, SHA-256 {sha256})</source>
        <translation>Материал {id} записан в {out} ({size} байт, SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>Checked {items_checked} items and {events_checked} custody events.</source>
        <translation>Проверено материалов: {items_checked}, событий хранения: {events_checked}.</translation>
    </message>
    <message>
        <source>Verification passed: every item matches its hash and the custody log is intact.</source>
        <translation>Проверка пройдена: каждый материал совпадает со своим хешем, журнал хранения цел.</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <translation>ПРОБЛЕМА: {problem}</translation>
    </message>
    <message>
        <source>Deleted the bytes of item {id}. Its record and custody events remain.</source>
        <translation>Содержимое материала {id} удалено. Запись о нём и его события хранения сохранены.</translation>
    </message>
    <message>
        <source>Custody log anchor: {size} events, signed {time}</source>
        <translation>Якорь журнала хранения: событий — {size}, подписан {time}</translation>
    </message>
    <message>
        <source>Root: {root}</source>
        <translation>Корень: {root}</translation>
    </message>
    <message>
        <source>Timestamped by {server} at {time}</source>
        <translation>Метка времени от {server}: {time}</translation>
    </message>
    <message>
        <source>Keep this code outside the vault (a message to someone you trust, or paper).</source>
        <translation>Храните этот код вне архива (в сообщении человеку, которому доверяете, или на бумаге).</translation>
    </message>
    <message>
        <source>&apos;evidence-vault anchors check CODE&apos; later proves the log still extends it.</source>
        <translation>Позже &apos;evidence-vault anchors check CODE&apos; докажет, что журнал — продолжение зафиксированного в этом коде.</translation>
    </message>
    <message>
        <source>OK: </source>
        <translation>OK: </translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation>НЕ ПРОЙДЕНО: </translation>
    </message>
    <message>
        <source>Fingerprint (compare by voice): {fingerprint}</source>
        <translation>Отпечаток ключа (сверяйте голосом): {fingerprint}</translation>
    </message>
    <message>
        <source>minisign public key:</source>
        <translation>Открытый ключ minisign:</translation>
    </message>
    <message>
        <source>
A duress passphrase is for when someone forces you to open the vault.
Typed instead of your passphrase, it seems to work: it opens a decoy vault holding
only what you choose now (or nothing). At the same moment it destroys the key of
your real vault. Nobody can recover the real evidence afterwards, not even you:
your passphrase and recovery code will then say &quot;wrong passphrase&quot;.
Before you set it up, seal a bundle of your evidence to investigators you trust.
It does not protect a copy of the vault taken before the duress passphrase is typed,
and destroying evidence may itself be a crime where you are. See docs/threat-model.md.</source>
        <translation>
Парольная фраза под принуждением нужна на случай, если вас заставят открыть архив.
Если ввести её вместо вашей парольной фразы, она как будто подходит: открывается архив-приманка,
в котором только то, что вы выберете сейчас (или ничего). В тот же момент уничтожается ключ
вашего настоящего архива. После этого настоящие доказательства не сможет восстановить никто, даже вы:
на вашу парольную фразу и код восстановления программа будет отвечать &quot;wrong passphrase&quot; (неверная парольная фраза).
Прежде чем её настраивать, запечатайте свои доказательства в пакет для следователей, которым доверяете.
Она не защищает копию архива, снятую до того, как введена парольная фраза под принуждением,
а уничтожение доказательств там, где вы находитесь, само по себе может быть преступлением. См. docs/threat-model.md.</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением задана.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза под принуждением не задана.</translation>
    </message>
    <message>
        <source>The duress passphrase is cleared; the decoy is gone.</source>
        <translation>Парольная фраза под принуждением удалена; архива-приманки больше нет.</translation>
    </message>
    <message>
        <source>Duress passphrase set. The decoy holds {decoy_items} item(s).</source>
        <translation>Парольная фраза под принуждением задана. Материалов в архиве-приманке: {decoy_items}.</translation>
    </message>
    <message>
        <source>quick-delete destroys the vault for good; confirm with --yes</source>
        <translation>quick-delete безвозвратно уничтожает архив; подтвердите с помощью --yes</translation>
    </message>
    <message>
        <source>Destroy the vault at {directory} for good? Nobody can recover it. Type yes: </source>
        <translation>Безвозвратно уничтожить архив в {directory}? Восстановить его не сможет никто. Введите yes: </translation>
    </message>
    <message>
        <source>Nothing was destroyed.</source>
        <translation>Ничего не уничтожено.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens the vault.</source>
        <translation>Парольная фраза изменена. Старая парольная фраза больше не открывает архив.</translation>
    </message>
    <message>
        <source>no recovery code given (empty input)</source>
        <translation>код восстановления не указан (пустой ввод)</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Код восстановления: </translation>
    </message>
    <message>
        <source>New passphrase set. The recovery code still works; keep it safe.</source>
        <translation>Новая парольная фраза задана. Код восстановления по-прежнему действует; храните его в надёжном месте.</translation>
    </message>
    <message>
        <source>evidence-vault: {exc}</source>
        <translation>evidence-vault: {exc}</translation>
    </message>
    <message>
        <source>
evidence-vault: interrupted</source>
        <translation>
evidence-vault: прервано</translation>
    </message>
    <message>
        <source>Wrote a new age identity to {out} (keep it secret; it opens bundles sealed to you).</source>
        <translation>Новый файл идентификации age записан в {out} (храните его в тайне: он открывает пакеты, запечатанные для вас).</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Отпечаток ключа: {fingerprint}</translation>
    </message>
    <message>
        <source>Added {name}. Fingerprint, to compare by voice: {fingerprint}</source>
        <translation>Добавлен получатель {name}. Отпечаток ключа для сверки голосом: {fingerprint}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Получатель {name} удалён.</translation>
    </message>
    <message>
        <source>{name}
    {public_key}
    fingerprint {fingerprint}</source>
        <translation>{name}
    {public_key}
    отпечаток ключа {fingerprint}</translation>
    </message>
    <message>
        <source>No recipients yet. Add one with: evidence-vault recipients add NAME age1…</source>
        <translation>Получателей пока нет. Добавьте получателя командой: evidence-vault recipients add NAME age1…</translation>
    </message>
    <message>
        <source>--statement takes a statement number, not {ref!r}</source>
        <translation>--statement принимает номер показаний, а не {ref!r}</translation>
    </message>
    <message>
        <source>--withhold applies to --profile originals</source>
        <translation>--withhold применяется только с --profile originals</translation>
    </message>
    <message>
        <source>--with-identity applies to --statement</source>
        <translation>--with-identity применяется только с --statement</translation>
    </message>
    <message>
        <source>--add-box, --drop-box, --reviewed, --voice and --audio apply to --profile anonymised</source>
        <translation>--add-box, --drop-box, --reviewed, --voice и --audio действуют только с --profile anonymised</translation>
    </message>
    <message>
        <source>--add-box, --drop-box and --reviewed correct one item&apos;s boxes: export that item alone</source>
        <translation>--add-box, --drop-box и --reviewed исправляют рамки одного файла: экспортируйте этот файл отдельно</translation>
    </message>
    <message>
        <source>What the originals keep and what is withheld:</source>
        <translation>Что остаётся в оригиналах и что изымается:</translation>
    </message>
    <message>
        <source>What leaves in the sanitized copies:</source>
        <translation>Что уходит в очищенных копиях:</translation>
    </message>
    <message>
        <source>Sealing: {done} of {total} MiB</source>
        <translation>Запечатывание: {done} из {total} МиБ</translation>
    </message>
    <message>
        <source>Sealed {items} item(s) into {path} ({size} bytes), verified after writing.</source>
        <translation>Запечатано материалов: {items} — в {path} ({size} байт); пакет проверен после записи.</translation>
    </message>
    <message>
        <source>With statement(s) {ids}, including the witnesses&apos; real names and contacts.</source>
        <translation>С показаниями {ids}, включая настоящие имена и контакты свидетелей.</translation>
    </message>
    <message>
        <source>With statement(s) {ids}, naming the witnesses only by pseudonym.</source>
        <translation>С показаниями {ids}; свидетели названы только псевдонимами.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id}, SHA-256 {sha256}</source>
        <translation>Пакет {bundle_id}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>  to {name}: fingerprint {fingerprint}</source>
        <translation>  для {name}: отпечаток ключа {fingerprint}</translation>
    </message>
    <message>
        <source>The recipients check it with age, minisign and sha256sum: see VERIFY.txt inside.</source>
        <translation>Получатели проверяют его с помощью age, minisign и sha256sum: см. VERIFY.txt внутри.</translation>
    </message>
    <message>
        <source>could not write {out}: {reason}</source>
        <translation>не удалось записать {out}: {reason}</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} VERIFIED; wrote its report to {out}.</source>
        <translation>Пакет {bundle_id} ПРОВЕРЕН; отчёт записан в {out}.</translation>
    </message>
    <message>
        <source>Bundle FAILED verification; wrote the report of the failure to {out}.</source>
        <translation>Пакет НЕ ПРОШЁЛ проверку; отчёт о сбое записан в {out}.</translation>
    </message>
    <message>
        <source>  PROBLEM: {p}</source>
        <translation>  ПРОБЛЕМА: {p}</translation>
    </message>
    <message>
        <source>no bundle at {path}</source>
        <translation>пакет не найден: {path}</translation>
    </message>
    <message>
        <source>Wrote the verified contents and report.txt / report.html to {out}</source>
        <translation>Проверенное содержимое и report.txt / report.html записаны в {out}</translation>
    </message>
    <message>
        <source>Imported into this vault, with the sender&apos;s signatures and proofs kept beside the items.</source>
        <translation>Импортировано в этот архив; подписи и подтверждения отправителя сохранены рядом с материалами.</translation>
    </message>
    <message>
        <source>Reading metadata [{done}/{total}] {current}</source>
        <translation>Чтение метаданных [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Reading Content Credentials again [{done}/{total}] {current}</source>
        <translation>Повторное чтение учётных данных контента [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Computing perceptual hashes [{done}/{total}] {current}</source>
        <translation>Вычисление перцептивных хешей [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Checking previews against the pictures [{done}/{total}] {current}</source>
        <translation>Сверка предпросмотров с изображениями [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Metadata read for {analysed} items ({failed} could not be read, {partial} only in part).</source>
        <translation>Метаданные прочитаны для материалов: {analysed} (не удалось прочитать: {failed}, прочитаны частично: {partial}).</translation>
    </message>
    <message>
        <source>Content Credentials read again for {count} items (new trust anchors or an older vault).</source>
        <translation>Учётные данные контента прочитаны заново для {count} элементов (новые якоря доверия или хранилище старой версии).</translation>
    </message>
    <message>
        <source>Perceptual hashes computed for {count} items (for finding look-alikes).</source>
        <translation>Перцептивные хеши вычислены для элементов: {count} (для поиска похожих).</translation>
    </message>
    <message>
        <source>  not saved: {error}</source>
        <translation>  не сохранено: {error}</translation>
    </message>
    <message>
        <source>Every item has been analysed already.</source>
        <translation>Все материалы уже проанализированы.</translation>
    </message>
    <message>
        <source>Metadata: not read yet (run: evidence-vault analyse)</source>
        <translation>Метаданные: ещё не прочитаны (выполните: evidence-vault analyse)</translation>
    </message>
    <message>
        <source>Analysis: {status}: {reason}</source>
        <translation>Анализ: {status}: {reason}</translation>
    </message>
    <message>
        <source>Analysis: no metadata reader for this kind of file</source>
        <translation>Анализ: для файлов такого типа нет средства чтения метаданных</translation>
    </message>
    <message>
        <source>      why: {why}</source>
        <translation>      почему: {why}</translation>
    </message>
    <message>
        <source>cleaned: {name} -&gt; {output}{note}</source>
        <translation>очищено: {name} -&gt; {output}{note}</translation>
    </message>
    <message>
        <source>    removed: {removed}</source>
        <translation>    удалено: {removed}</translation>
    </message>
    <message>
        <source>    removed {count} fields and places (--report lists them)</source>
        <translation>    удалено полей и мест: {count} (список выводит --report)</translation>
    </message>
    <message>
        <source>--voice disguises the sound that --audio remove takes out</source>
        <translation>--voice изменяет звук, который --audio remove удаляет</translation>
    </message>
    <message>
        <source>--drop-box needs the fingerprint from --review: add --reviewed FINGERPRINT</source>
        <translation>--drop-box требует отпечатка из --review: добавьте --reviewed ОТПЕЧАТОК</translation>
    </message>
    <message>
        <source>--reviewed {given!r}: expected the fingerprint --review printed (16+ hex digits)</source>
        <translation>--reviewed {given!r}: ожидался отпечаток, который вывел --review (16 и более шестнадцатеричных знаков)</translation>
    </message>
    <message>
        <source>{spec!r}: expected FROM-TO in seconds, like 12.5-14</source>
        <translation>{spec!r}: ожидается НАЧАЛО-КОНЕЦ в секундах, например 12.5-14</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} ({rate:.1f}/s, {left:.0f} s left)</source>
        <translation>{name}: {done} из {total} ({rate:.1f}/с, осталось {left:.0f} с)</translation>
    </message>
    <message>
        <source>{name}: {done} ({rate:.1f}/s)</source>
        <translation>{name}: {done} ({rate:.1f}/с)</translation>
    </message>
    <message>
        <source>say where the anonymised copies go with --out DIR (or use --review)</source>
        <translation>укажите, куда класть анонимизированные копии: --out ПАПКА (или используйте --review)</translation>
    </message>
    <message>
        <source>REFUSED: {name}: {refused}</source>
        <translation>ОТКАЗАНО: {name}: {refused}</translation>
    </message>
    <message>
        <source>    remaining: {left}</source>
        <translation>    осталось: {left}</translation>
    </message>
    <message>
        <source>{name}: {count} face track(s) over {frames} frames</source>
        <translation>{name}: треков лиц — {count}, кадров — {frames}</translation>
    </message>
    <message>
        <source>    track {number}: frames {first}-{last}, within {box}</source>
        <translation>    трек {number}: кадры {first}-{last}, в пределах {box}</translation>
    </message>
    <message>
        <source>{name}: {count} face(s) found</source>
        <translation>{name}: найдено лиц — {count}</translation>
    </message>
    <message>
        <source>    box {number}: {box} (score {score})</source>
        <translation>    рамка {number}: {box} (уверенность {score})</translation>
    </message>
    <message>
        <source>    add a box over any face the detector missed: --add-box X,Y,W,H</source>
        <translation>    добавьте рамку на каждое лицо, которое детектор пропустил: --add-box X,Y,W,H</translation>
    </message>
    <message>
        <source>    fingerprint {fingerprint} (to drop a box: --drop-box N --reviewed {short})</source>
        <translation>    отпечаток {fingerprint} (чтобы убрать рамку: --drop-box N --reviewed {short})</translation>
    </message>
    <message>
        <source>anonymised: {name} -&gt; {output}</source>
        <translation>анонимизировано: {name} -&gt; {output}</translation>
    </message>
    <message>
        <source>    {count} face box(es) redacted, re-encoded, metadata checked</source>
        <translation>    скрыто рамок с лицами — {count}, перекодировано, метаданные проверены</translation>
    </message>
    <message>
        <source>voice disguised</source>
        <translation>голос изменён</translation>
    </message>
    <message>
        <source>sound removed</source>
        <translation>звук удалён</translation>
    </message>
    <message>
        <source>sound kept</source>
        <translation>звук сохранён</translation>
    </message>
    <message>
        <source>    {tracks} face track(s) and {added} added box(es) over {frames} frames, {sound}</source>
        <translation>    треков лиц — {tracks}, добавленных рамок — {added}, кадров — {frames}; {sound}</translation>
    </message>
    <message>
        <source>    voice disguised, metadata checked</source>
        <translation>    голос изменён, метаданные проверены</translation>
    </message>
    <message>
        <source>Derivative {id} of item {id2}: {content_type}, {size} bytes</source>
        <translation>Производная копия {id} материала {id2}: {content_type}, {size} байт</translation>
    </message>
    <message>
        <source>  sha256 {sha256}</source>
        <translation>  sha256 {sha256}</translation>
    </message>
    <message>
        <source>  pixels were re-encoded</source>
        <translation>  пиксели перекодированы</translation>
    </message>
    <message>
        <source>  removed: {removed}</source>
        <translation>  удалено: {removed}</translation>
    </message>
    <message>
        <source>Item {item_id} ({name}, {kind}): can be cleaned</source>
        <translation>Материал {item_id} ({name}, {kind}): можно очистить</translation>
    </message>
    <message>
        <source>Item {item_id} ({name}, {kind}): CANNOT be cleaned</source>
        <translation>Материал {item_id} ({name}, {kind}): очистить НЕВОЗМОЖНО</translation>
    </message>
    <message>
        <source>  blocking: {reason}</source>
        <translation>  препятствие: {reason}</translation>
    </message>
    <message>
        <source>cannot read the narrative from {path}: {exc}</source>
        <translation>не удаётся прочитать текст показаний из {path}: {exc}</translation>
    </message>
    <message>
        <source>say what the witness agreed to with --consent</source>
        <translation>укажите с помощью --consent, на что согласился свидетель</translation>
    </message>
    <message>
        <source>Recorded statement {sid} (version 1, SHA-256 {sha256}) under the pseudonym “{pseudonym}”.</source>
        <translation>Показания {sid} записаны (версия 1, SHA-256 {sha256}) под псевдонимом «{pseudonym}».</translation>
    </message>
    <message>
        <source>No consent is recorded yet: the statement cannot be exported until it is (statement edit --consent).</source>
        <translation>Согласие ещё не зафиксировано: пока его нет, показания нельзя экспортировать (statement edit --consent).</translation>
    </message>
    <message>
        <source>Statement {id}: the content is unchanged, so no new version (still version {number}).</source>
        <translation>Показания {id}: содержание не изменилось, поэтому новой версии нет (по-прежнему версия {number}).</translation>
    </message>
    <message>
        <source>Statement {id}: recorded version {number} (SHA-256 {sha256}). Earlier versions remain.</source>
        <translation>Показания {id}: записана версия {number} (SHA-256 {sha256}). Прежние версии остаются.</translation>
    </message>
    <message>
        <source>Consent withdrawn: the statement can no longer be exported.</source>
        <translation>Согласие отозвано: эти показания больше нельзя экспортировать.</translation>
    </message>
    <message>
        <source>Statement {id}: {title}</source>
        <translation>Показания {id}: {title}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Версии:</translation>
    </message>
    <message>
        <source>{id:&gt;6}  v{versions:&lt;3} {date}  {consent:&lt;18} {pseudonym}: {title}</source>
        <translation>{id:&gt;6}  в{versions:&lt;3} {date}  {consent:&lt;18} {pseudonym}: {title}</translation>
    </message>
    <message>
        <source>No statements yet. Record one with: evidence-vault statement add --title ... --narrative-file ... --pseudonym ...</source>
        <translation>Показаний пока нет. Запишите показания командой: evidence-vault statement add --title ... --narrative-file ... --pseudonym ...</translation>
    </message>
    <message>
        <source>{out} already exists; not overwriting it</source>
        <translation>{out} уже существует; файл не перезаписан</translation>
    </message>
    <message>
        <source>with the witness&apos;s identity</source>
        <translation>с личными данными свидетеля</translation>
    </message>
    <message>
        <source>under the pseudonym only</source>
        <translation>только под псевдонимом</translation>
    </message>
    <message>
        <source>Wrote statement {id} to {out} ({format}, {shown}).</source>
        <translation>Показания {id} записаны в {out} ({format}, {shown}).</translation>
    </message>
    <message>
        <source>Created case “{name}”.</source>
        <translation>Создано дело «{name}».</translation>
    </message>
    <message>
        <source>Updated case “{name}”.</source>
        <translation>Дело «{name}» обновлено.</translation>
    </message>
    <message>
        <source>give --item ITEM or --statement ID (repeatable)</source>
        <translation>укажите --item ITEM или --statement ID (можно несколько раз)</translation>
    </message>
    <message>
        <source>Case “{name}” updated.</source>
        <translation>Дело «{name}» обновлено.</translation>
    </message>
    <message>
        <source>Taken out of the case “{name}”; they stay in the archive.</source>
        <translation>Исключено из дела «{name}»; всё остаётся в архиве.</translation>
    </message>
    <message>
        <source>{name}: {items} items, {statements} statements</source>
        <translation>{name}: материалов: {items}, показаний: {statements}</translation>
    </message>
    <message>
        <source>No cases yet. Create one with: evidence-vault case add NAME</source>
        <translation>Дел пока нет. Создайте дело командой: evidence-vault case add NAME</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>give either --passphrase-file or --passphrase-fd, not both</source>
        <translation>укажите либо --passphrase-file, либо --passphrase-fd, но не оба</translation>
    </message>
    <message>
        <source>this command has no --json output</source>
        <translation>у этой команды нет вывода --json</translation>
    </message>
    <message>
        <source>no vault at {directory} (create one with &apos;evidence-vault init&apos;)</source>
        <translation>нет архива в {directory} (создайте его командой &apos;evidence-vault init&apos;)</translation>
    </message>
    <message>
        <source>The decoy&apos;s recovery code: not your vault&apos;s. If you are made to hand over a recovery code, this one opens the decoy (and destroys the real vault). Shown only once.</source>
        <translation>Код восстановления приманки, а не вашего архива. Если вас заставят отдать код восстановления, этот код откроет приманку (и уничтожит настоящий архив). Показывается только один раз.</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>не удаётся прочитать {file}: {error}</translation>
    </message>
    <message>
        <source>Installed trust anchor {sha256}
    {subject}, valid until {not_after}</source>
        <translation>Установлен якорь доверия {sha256}
    {subject}, действует до {not_after}</translation>
    </message>
    <message>
        <source>Every certificate in {file} is installed already.</source>
        <translation>Все сертификаты из {file} уже установлены.</translation>
    </message>
    <message>
        <source>Items are judged again with it at the next: evidence-vault analyse</source>
        <translation>Элементы будут заново проверены с ним при следующем запуске: evidence-vault analyse</translation>
    </message>
    <message>
        <source>Removed trust anchor {sha256} ({subject}).</source>
        <translation>Якорь доверия {sha256} ({subject}) удалён.</translation>
    </message>
    <message>
        <source>No trust anchors installed: a valid signature is shown as &apos;signer not in a trusted list&apos;. Install your organisation&apos;s CA with: evidence-vault provenance trust add FILE.pem</source>
        <translation>Якоря доверия не установлены: действительная подпись показывается как «подписавший не в списке доверенных». Установите сертификат УЦ вашей организации: evidence-vault provenance trust add FILE.pem</translation>
    </message>
    <message>
        <source>Trust comes only from these anchors; no trust list is fetched, nothing goes online.</source>
        <translation>Доверие берётся только из этих якорей; списки доверия не загружаются, ничего не уходит в сеть.</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA):</source>
        <translation>Учётные данные контента (C2PA):</translation>
    </message>
    <message>
        <source>  not read yet (run: evidence-vault analyse)</source>
        <translation>  ещё не прочитано (выполните: evidence-vault analyse)</translation>
    </message>
    <message>
        <source>  The trust anchors changed since this was read: run evidence-vault analyse.</source>
        <translation>  Якоря доверия изменились после чтения: выполните evidence-vault analyse.</translation>
    </message>
    <message>
        <source>{path}: no bundle there</source>
        <translation>{path}: здесь нет пакета</translation>
    </message>
    <message>
        <source>FAILED {text}</source>
        <translation>НЕ УДАЛОСЬ {text}</translation>
    </message>
    <message>
        <source>{path}: bagged into {bag}, {files} file(s), {size} bytes, validated by bagit.</source>
        <translation>{path}: записан как пакет BagIt в {bag}; файлов: {files}, байтов: {size}; bagit подтвердил его правильность.</translation>
    </message>
    <message>
        <source>{done} of {total} bundle(s) bagged under {out}.</source>
        <translation>Записано как BagIt в {out}: {done} из {total} пакетов.</translation>
    </message>
    <message>
        <source>received in bundle {bundle} sealed by key {sender} on {day}</source>
        <translation>получен в пакете {bundle}, запечатанном ключом {sender}, {day}</translation>
    </message>
    <message>
        <source>imported here on {day}</source>
        <translation>импортирован здесь {day}</translation>
    </message>
    <message>
        <source>evidence-vault: not hashed: {error}</source>
        <translation>evidence-vault: хеш не вычислен: {error}</translation>
    </message>
    <message>
        <source>Look-alike pairs: {count} (at most {max} of 64 bits apart). Nothing was merged.</source>
        <translation>Похожих пар: {count} (различие не более {max} из 64 битов). Ничего не объединено.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ОТКАЗАНО</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source> ({files} file(s): {new} new, {duplicates} already held)</source>
        <translation> (файлов: {files}; новых: {new}, уже было: {duplicates})</translation>
    </message>
    <message>
        <source>skipped (taken in before)</source>
        <translation>пропущено (уже приняты)</translation>
    </message>
    <message>
        <source>refused (known id, other bytes)</source>
        <translation>отклонено (известный id, другие байты)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <source>bundles in all</source>
        <translation>всего пакетов</translation>
    </message>
    <message>
        <source>  {size} MiB in {seconds:.1f} s ({rate:.1f} MiB/s); {new} new item(s), {dup} already held</source>
        <translation>  {size} МиБ за {seconds:.1f} с ({rate:.1f} МиБ/с); новых элементов: {new}, уже было: {dup}</translation>
    </message>
    <message>
        <source>  Interrupted: {count} bundle(s) not done.</source>
        <translation>  Прервано: не обработано пакетов: {count}.</translation>
    </message>
    <message>
        <source>{done} of {total} bundles, {mib} of {all_mib} MiB</source>
        <translation>{done} из {total} пакетов, {mib} из {all_mib} МиБ</translation>
    </message>
    <message>
        <source>Batch intake:</source>
        <translation>Приём пакетов:</translation>
    </message>
</context>
</TS>
