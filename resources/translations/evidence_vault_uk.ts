<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AddRecipientDialog</name>
    <message>
        <source>Add a recipient</source>
        <translation>Додати отримувача</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Ім’я або назва отримувача</translation>
    </message>
    <message>
        <source>e.g. UN investigators</source>
        <translation>напр., слідчі ООН</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Відкритий ключ</translation>
    </message>
    <message>
        <source>Paste the key that starts with age1…</source>
        <translation>Вставте ключ, що починається з age1…</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Завантажити з файлу…</translation>
    </message>
    <message>
        <source>Load the public key from a file</source>
        <translation>Завантажити відкритий ключ із файлу</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток ключа</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Додати отримувача</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Read the fingerprint aloud with the recipient (by phone or in person) and add them only if it matches theirs exactly.</source>
        <translation>Зачитайте відбиток ключа вголос разом з отримувачем (телефоном або особисто) і додавайте отримувача, лише якщо відбиток повністю збігається з його відбитком.</translation>
    </message>
    <message>
        <source>This is not an age public key. It starts with age1 and has 62 characters.</source>
        <translation>Це не відкритий ключ age. Такий ключ починається з age1 і має 62 символи.</translation>
    </message>
    <message>
        <source>Choose the file with the public key</source>
        <translation>Виберіть файл із відкритим ключем</translation>
    </message>
    <message>
        <source>Cannot read that file: {e}</source>
        <translation>Не вдається прочитати цей файл: {e}</translation>
    </message>
    <message>
        <source>That file holds no age public key (age1…).</source>
        <translation>У цьому файлі немає відкритого ключа age (age1…).</translation>
    </message>
</context>
<context>
    <name>AnchorDialog</name>
    <message>
        <source>Anchor of the custody log</source>
        <translation>Якір журналу зберігання</translation>
    </message>
    <message numerus="yes">
        <source>Keep this code outside the archive: write it on paper, or send it to someone you trust. Later, “Check an anchor” proves that the custody log still contains everything it contained now, unchanged. It covers %n event(s).</source>
        <translation>
            <numerusform>Зберігайте цей код поза архівом: запишіть його на папері або надішліть людині, якій довіряєте. Пізніше «Перевірити якір» доведе, що журнал зберігання досі містить усе, що містив на цю мить, без змін. Код охоплює %n подію.</numerusform>
            <numerusform>Зберігайте цей код поза архівом: запишіть його на папері або надішліть людині, якій довіряєте. Пізніше «Перевірити якір» доведе, що журнал зберігання досі містить усе, що містив на цю мить, без змін. Код охоплює %n події.</numerusform>
            <numerusform>Зберігайте цей код поза архівом: запишіть його на папері або надішліть людині, якій довіряєте. Пізніше «Перевірити якір» доведе, що журнал зберігання досі містить усе, що містив на цю мить, без змін. Код охоплює %n подій.</numerusform>
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
        <translation>Підписано {when}</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Копіювати код</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Archive</source>
        <translation>Архів</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Виберіть файли для додавання</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Виберіть теку для додавання</translation>
    </message>
    <message>
        <source>Files are still being added. Try again when it finishes.</source>
        <translation>Файли ще додаються. Спробуйте знову, коли додавання завершиться.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Its details are on the right.</source>
        <translation>Файл цього типу ({type}) не можна показати тут. Відомості про нього — праворуч.</translation>
    </message>
    <message>
        <source>Verification found problems</source>
        <translation>Перевірка виявила проблеми</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>Виявлено %n проблему.</numerusform>
            <numerusform>Виявлено %n проблеми.</numerusform>
            <numerusform>Виявлено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>The case was not changed: {e}</source>
        <translation>Справу не змінено: {e}</translation>
    </message>
    <message>
        <source>Destroy the archive</source>
        <translation>Знищити архів</translation>
    </message>
    <message>
        <source>This destroys everything in the archive at {path} now. Nobody can recover it, not even with the passphrase or the recovery code. Destroy it?</source>
        <translation>Це негайно знищить усе, що є в архіві {path}. Ніхто не зможе його відновити — навіть за допомогою парольної фрази чи коду відновлення. Знищити архів?</translation>
    </message>
    <message>
        <source>Archive cannot start</source>
        <translation>Не вдається запустити архів</translation>
    </message>
</context>
<context>
    <name>BagSaver</name>
    <message>
        <source>Save as BagIt…</source>
        <translation>Зберегти як BagIt…</translation>
    </message>
    <message>
        <source>Save as a BagIt package for an archive</source>
        <translation>Зберегти як пакет BagIt для архіву</translation>
    </message>
    <message>
        <source>Writes the verified files, the sender&apos;s signed records and the report as a BagIt package, for an archive such as Archivematica. The package is NOT encrypted: keep it on the archive&apos;s protected storage.</source>
        <translation>Записує перевірені файли, підписані записи відправника та звіт як пакет BagIt для архіву, наприклад Archivematica. Пакет НЕ зашифрований: зберігайте його лише в захищеному сховищі архіву.</translation>
    </message>
    <message>
        <source>Choose the folder to write the BagIt package in</source>
        <translation>Виберіть теку, до якої записати пакет BagIt</translation>
    </message>
    <message>
        <source>Checking again and writing the BagIt package…</source>
        <translation>Повторна перевірка та запис пакета BagIt…</translation>
    </message>
    <message>
        <source>Checking again and writing the BagIt package: {done} of about {total}…</source>
        <translation>Повторна перевірка та запис пакета BagIt: {done} з приблизно {total}…</translation>
    </message>
    <message>
        <source>Saved the BagIt package to {path}. It is not encrypted: keep it on protected storage.</source>
        <translation>Пакет BagIt збережено в {path}. Він не зашифрований: зберігайте його в захищеному сховищі.</translation>
    </message>
    <message>
        <source>No BagIt package was saved: {reason}</source>
        <translation>Пакет BagIt не збережено: {reason}</translation>
    </message>
</context>
<context>
    <name>BodyRegions</name>
    <message>
        <source>Injured body regions</source>
        <translation>Травмовані ділянки тіла</translation>
    </message>
    <message>
        <source>Body region: {region}</source>
        <translation>Ділянка тіла: {region}</translation>
    </message>
</context>
<context>
    <name>BoxCanvas</name>
    <message>
        <source>Picture with face boxes</source>
        <translation>Знімок із рамками навколо облич</translation>
    </message>
    <message>
        <source>Drag on the picture to add a box. Tab selects the next box; arrow keys move it, Shift and arrow keys resize it, Delete removes it.</source>
        <translation>Проведіть по знімку, щоб додати рамку. Tab вибирає наступну рамку; стрілки переміщують її, Shift зі стрілками змінює її розмір, Delete видаляє.</translation>
    </message>
</context>
<context>
    <name>BoxSpeech</name>
    <message>
        <source>Box {n} of {total}</source>
        <translation>Рамка {n} з {total}</translation>
    </message>
    <message>
        <source>Box {n}</source>
        <translation>Рамка {n}</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>додана вами</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>знайдена</translation>
    </message>
    <message>
        <source>detected, score {score}</source>
        <translation>знайдена, впевненість {score}</translation>
    </message>
    <message>
        <source>dropped: it will not be hidden</source>
        <translation>відкинуто: не буде приховано</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>приховується</translation>
    </message>
    <message>
        <source>Box {n} removed.</source>
        <translation>Рамку {n} видалено.</translation>
    </message>
    <message>
        <source>No box selected. Boxes: {count}.</source>
        <translation>Жодну рамку не вибрано. Рамок: {count}.</translation>
    </message>
    <message>
        <source>Faces found on this frame: {count}.</source>
        <translation>Знайдених облич на цьому кадрі: {count}.</translation>
    </message>
    <message>
        <source>{w} by {h} pixels at {x}, {y}</source>
        <translation>{w} на {h} пікселів у точці {x}, {y}</translation>
    </message>
    <message>
        <source>frames {first} to {last}</source>
        <translation>кадри з {first} по {last}</translation>
    </message>
</context>
<context>
    <name>BundleBatchDialog</name>
    <message>
        <source>Take in many bundles</source>
        <translation>Прийняти багато пакетів</translation>
    </message>
    <message>
        <source>Every bundle is checked completely before anything of it is stored. Bundles taken in before are recognised and skipped; a bad bundle is listed with its reason and the others go on. A file sent by several people is stored once, with each sender&apos;s custody.</source>
        <translation>Кожен пакет повністю перевіряється, перш ніж із нього щось зберігається. Уже прийняті пакети розпізнаються й пропускаються; поганий пакет потрапляє до списку з причиною, а решта тривають. Файл, надісланий кількома людьми, зберігається один раз, із ланцюгом зберігання кожного відправника.</translation>
    </message>
    <message>
        <source>Bundles and folders to take in</source>
        <translation>Пакети й теки, які треба прийняти</translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation>Додати пакети…</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Додати файли пакетів</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Додати теку…</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Додати теку з пакетами</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистити список</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Запечатано для</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Start taking in the bundles</source>
        <translation>Почати приймати пакети</translation>
    </message>
    <message>
        <source>Taking in bundles</source>
        <translation>Приймання пакетів</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Перебіг приймання</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Перебіг</translation>
    </message>
    <message>
        <source>Bundles taken in</source>
        <translation>Прийняті пакети</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Уже були</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Take in more…</source>
        <translation>Прийняти ще…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Зберегти звіт…</translation>
    </message>
    <message>
        <source>Save the report, one JSON line per bundle</source>
        <translation>Зберегти звіт, один рядок JSON на пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop after the bundle being imported</source>
        <translation>Зупинитися після пакета, що імпортується</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>Виберіть пакети</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb);;All files (*)</source>
        <translation>Запечатані пакети (*.evb);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Виберіть теку з пакетами</translation>
    </message>
    <message>
        <source>Checking the first bundles…</source>
        <translation>Перевіряються перші пакети…</translation>
    </message>
    <message>
        <source>Stopping after the bundle being imported…</source>
        <translation>Зупинка після пакета, що імпортується…</translation>
    </message>
    <message>
        <source>{done} of {total} bundles, {size} of {all}</source>
        <translation>{done} з {total} пакетів, {size} з {all}</translation>
    </message>
    <message>
        <source>{rate}/s, about {left} left</source>
        <translation>{rate}/с, лишилося близько {left}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Taken in before (the same bundle, the same file)</source>
        <translation>Уже прийнято (той самий пакет, той самий файл)</translation>
    </message>
    <message>
        <source>Its bundle id was taken in before from a different file: not stored</source>
        <translation>Пакет із таким ідентифікатором уже прийнято з іншого файлу: не збережено</translation>
    </message>
    <message>
        <source>Not sealed to this key</source>
        <translation>Запечатано не для цього ключа</translation>
    </message>
    <message>
        <source>Damaged or altered (it does not decrypt)</source>
        <translation>Пошкоджено або змінено (не розшифровується)</translation>
    </message>
    <message>
        <source>{imported} imported, {skipped} skipped, {refused} refused, {failed} failed</source>
        <translation>імпортовано: {imported}, пропущено: {skipped}, відхилено: {refused}, з помилкою: {failed}</translation>
    </message>
    <message>
        <source>{size} in {time}</source>
        <translation>{size} за {time}</translation>
    </message>
    <message>
        <source>Cancelled: {count} not taken in</source>
        <translation>Скасовано: не прийнято {count}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <source>intake.jsonl</source>
        <translation>приймання.jsonl</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Рядки JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not save the report: {reason}</source>
        <translation>Не вдалося зберегти звіт: {reason}</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Звіт збережено в {path}.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} хв {s} с</translation>
    </message>
</context>
<context>
    <name>BundleIntakeDialog</name>
    <message>
        <source>Open a received bundle</source>
        <translation>Відкрити отриманий пакет</translation>
    </message>
    <message>
        <source>A bundle (.evb) is checked completely before anything is shown or stored: who sealed it, every file&apos;s SHA-256 and the custody proofs.</source>
        <translation>Пакет (.evb) повністю перевіряється, перш ніж щось буде показано чи збережено: хто його запечатав, SHA-256 кожного файлу та підтвердження ланцюга зберігання.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Choose the .evb file</source>
        <translation>Виберіть файл .evb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Виберіть файл пакета</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Open with</source>
        <translation>Відкрити ключем</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Check the bundle</source>
        <translation>Перевірити пакет</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Перевірка пакета</translation>
    </message>
    <message>
        <source>Decrypting and checking every file…</source>
        <translation>Розшифрування та перевірка кожного файлу…</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Хід перевірки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Відкрити інший…</translation>
    </message>
    <message>
        <source>Open another bundle</source>
        <translation>Відкрити інший пакет</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Зберегти звіт у PDF…</translation>
    </message>
    <message>
        <source>Save the verification report as PDF</source>
        <translation>Зберегти звіт про перевірку в PDF</translation>
    </message>
    <message>
        <source>Save contents to folder…</source>
        <translation>Зберегти вміст у теку…</translation>
    </message>
    <message>
        <source>Save contents to folder</source>
        <translation>Зберегти вміст у теку</translation>
    </message>
    <message>
        <source>Import into this archive</source>
        <translation>Імпортувати в цей архів</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Виберіть пакет</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb);;All files (*)</source>
        <translation>Запечатані пакети (*.evb);;Усі файли (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файл {path} не знайдено.</translation>
    </message>
    <message>
        <source>Checked {done} of about {total}…</source>
        <translation>Перевірено {done} із приблизно {total}…</translation>
    </message>
    <message>
        <source>Importing into this archive…</source>
        <translation>Імпорт у цей архів…</translation>
    </message>
    <message>
        <source>The import was refused: {p}</source>
        <translation>Імпорт відхилено: {p}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into this archive, in the case “Bundle {id}”, with the sender&apos;s signatures and proofs kept beside them.</source>
        <translation>
            <numerusform>Імпортовано %n файл у цей архів, у справу «Bundle {id}»; підписи та підтвердження відправника збережено поруч із файлами.</numerusform>
            <numerusform>Імпортовано %n файли в цей архів, у справу «Bundle {id}»; підписи та підтвердження відправника збережено поруч із файлами.</numerusform>
            <numerusform>Імпортовано %n файлів у цей архів, у справу «Bundle {id}»; підписи та підтвердження відправника збережено поруч із файлами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty folder for the contents</source>
        <translation>Виберіть порожню теку для вмісту</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder.</source>
        <translation>Ця тека не порожня. Виберіть порожню або нову теку.</translation>
    </message>
    <message>
        <source>Checking again and writing the files…</source>
        <translation>Повторна перевірка та запис файлів…</translation>
    </message>
    <message>
        <source>Nothing was saved: {p}</source>
        <translation>Нічого не збережено: {p}</translation>
    </message>
    <message>
        <source>Saved the verified files, report.txt and report.html to {path}.</source>
        <translation>Перевірені файли, report.txt і report.html збережено в {path}.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Зберегти звіт про перевірку</translation>
    </message>
    <message>
        <source>report-{id}.pdf</source>
        <translation>звіт-{id}.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Записується звіт…</translation>
    </message>
    <message>
        <source>Saved the verification report to {path}.</source>
        <translation>Звіт про перевірку збережено в {path}.</translation>
    </message>
</context>
<context>
    <name>BundleReportView</name>
    <message>
        <source>Result of the check</source>
        <translation>Результат перевірки</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Хто запечатав</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s signing key</source>
        <translation>Відбиток ключа підпису відправника</translation>
    </message>
    <message>
        <source>Sealed on</source>
        <translation>Коли запечатано</translation>
    </message>
    <message>
        <source>Custody proofs</source>
        <translation>Підтвердження ланцюга зберігання</translation>
    </message>
    <message>
        <source>Sealed by key</source>
        <translation>Запечатано ключем</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток ключа</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender by voice or another trusted channel: the bundle proves which key sealed it, not whose key that is.</source>
        <translation>Звірте відбиток ключа з відправником голосом або іншим надійним каналом: пакет доводить, яким ключем його запечатано, але не те, чий це ключ.</translation>
    </message>
    <message>
        <source>Files in the bundle and their checks</source>
        <translation>Файли в пакеті та результати їх перевірки</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Вилучено</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Capture-time provenance (the sender&apos;s record)</source>
        <translation>Походження на момент зйомки (запис відправника)</translation>
    </message>
    <message>
        <source>Checks, problems and statements</source>
        <translation>Перевірки, проблеми та свідчення</translation>
    </message>
    <message>
        <source>Verified: the bundle is intact and signed</source>
        <translation>Перевірено: пакет цілий і підписаний</translation>
    </message>
    <message>
        <source>Verification FAILED: do not rely on this bundle</source>
        <translation>Перевірку НЕ ПРОЙДЕНО: не покладайтеся на цей пакет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>originals, byte-exact</source>
        <translation>оригінали, побайтово точні</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>очищені копії</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {profile}</source>
        <translation>
            <numerusform>%n файл, {profile}</numerusform>
            <numerusform>%n файли, {profile}</numerusform>
            <numerusform>%n файлів, {profile}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n statement(s)</source>
        <translation>
            <numerusform>; %n свідчення</numerusform>
            <numerusform>; %n свідчення</numerusform>
            <numerusform>; %n свідчень</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: {p}</source>
        <translation>НЕ ПРОЙДЕНО: {p}</translation>
    </message>
    <message>
        <source>ok: signatures and inclusion proofs verified against the sender&apos;s log ({n} events)</source>
        <translation>пройдено: підписи та підтвердження включення звірено з журналом відправника (подій: {n})</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не перевірено</translation>
    </message>
    <message>
        <source>pixels re-encoded; </source>
        <translation>пікселі перекодовано; </translation>
    </message>
    <message>
        <source>hash failed</source>
        <translation>хеш не збігся</translation>
    </message>
    <message>
        <source>hash ok</source>
        <translation>хеш збігся</translation>
    </message>
    <message>
        <source>nothing (original)</source>
        <translation>нічого (оригінал)</translation>
    </message>
    <message>
        <source>PROBLEM: {p}</source>
        <translation>ПРОБЛЕМА: {p}</translation>
    </message>
    <message>
        <source>ok: {c}</source>
        <translation>пройдено: {c}</translation>
    </message>
    <message>
        <source>NOT COVERED: {n}</source>
        <translation>НЕ ПЕРЕВІРЕНО: {n}</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym}), version SHA-256 {sha}{identity}</source>
        <translation>Свідчення {id} ({pseudonym}), SHA-256 версії {sha}{identity}</translation>
    </message>
    <message>
        <source>, with the witness&apos;s identity</source>
        <translation>, з даними особи свідка</translation>
    </message>
    <message>
        <source>Sealed to: {r}</source>
        <translation>Запечатано для: {r}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Редагувати справу</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>A case groups items and statements about one incident. Drag items from the grid onto a case in the sidebar to file them under it.</source>
        <translation>Справа об’єднує матеріали та свідчення про один інцидент. Щоб віднести матеріали до справи, перетягніть їх із сітки на справу в бічній панелі.</translation>
    </message>
    <message>
        <source>Case name (short, unique)</source>
        <translation>Назва справи (коротка, унікальна)</translation>
    </message>
    <message>
        <source>e.g. Pushkinskaya 2020-08-10</source>
        <translation>напр., Пушкінська 2020-08-10</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Що сталося, кількома словами</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>2020-08-10</source>
        <translation>2020-08-10</translation>
    </message>
    <message>
        <source>End date (optional)</source>
        <translation>Дата завершення (необов’язково)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов’язково</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Створити справу</translation>
    </message>
    <message>
        <source>A case keeps its name; change the title instead.</source>
        <translation>Назву справи змінити не можна; змініть натомість заголовок.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n матеріал</numerusform>
            <numerusform>%n матеріали</numerusform>
            <numerusform>%n матеріалів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n свідчення</numerusform>
            <numerusform>%n свідчення</numerusform>
            <numerusform>%n свідчень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Images</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудіо</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-документи</translation>
    </message>
    <message>
        <source>ZIP archives</source>
        <translation>ZIP-архіви</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Інші файли</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>Порожні файли</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Б</translation>
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
        <translation>{m} хв {s} с</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} год {m} хв</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent for the statements</source>
        <translation>Згода щодо свідчень</translation>
    </message>
    <message>
        <source>Statements go only where the witness&apos;s recorded consent covers these recipients. They travel under the pseudonym; the witness&apos;s identity is never included here.</source>
        <translation>Свідчення передаються лише тим отримувачам, яких охоплює зафіксована згода свідка. Вони передаються під псевдонімом; дані особи свідка сюди ніколи не включаються.</translation>
    </message>
    <message>
        <source>Statements and their consent</source>
        <translation>Свідчення та згода щодо них</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>дозволено</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ВІДМОВЛЕНО</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym}): {mark}
{reason}</source>
        <translation>Свідчення {id} ({pseudonym}): {mark}
{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) cannot go to these recipients. Change the recipients, or export the items without the case.</source>
        <translation>
            <numerusform>%n свідчення не можна передати цим отримувачам. Змініть отримувачів або експортуйте матеріали без справи.</numerusform>
            <numerusform>%n свідчення не можна передати цим отримувачам. Змініть отримувачів або експортуйте матеріали без справи.</numerusform>
            <numerusform>%n свідчень не можна передати цим отримувачам. Змініть отримувачів або експортуйте матеріали без справи.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourtReport</name>
    <message>
        <source>Verification report of a received bundle</source>
        <translation>Звіт про перевірку отриманого пакета</translation>
    </message>
    <message>
        <source>VERIFIED: every file, signature and custody proof below checked out.</source>
        <translation>ПЕРЕВІРЕНО: кожен файл, підпис і підтвердження ланцюга зберігання нижче пройшли перевірку.</translation>
    </message>
    <message>
        <source>FAILED: this bundle did not verify. Do not rely on it.</source>
        <translation>ПЕРЕВІРКУ НЕ ПРОЙДЕНО: цей пакет не пройшов перевірку. Не покладайтеся на нього.</translation>
    </message>
    <message>
        <source>Nothing after the problems is verified: it is what the bundle says of itself, shown only so that the failure can be examined.</source>
        <translation>Ніщо після проблем не перевірено: це те, що пакет каже про себе, показане лише для вивчення збою.</translation>
    </message>
    <message>
        <source>Page {page} of {pages} · bundle file SHA-256 {sha256}</source>
        <translation>Сторінка {page} з {pages} · SHA-256 файлу пакета {sha256}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Звіт складено</translation>
    </message>
    <message>
        <source>This report was made by Evidence Vault from the bundle file whose SHA-256 is printed at the foot of every page. Anyone holding the bundle and a recipient&apos;s key can make it again.</source>
        <translation>Цей звіт склав Evidence Vault із файлу пакета, SHA-256 якого надруковано внизу кожної сторінки. Будь-хто, хто має пакет і ключ отримувача, може скласти його знову.</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Ідентифікатор пакета</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle file</source>
        <translation>SHA-256 файлу пакета</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>Формат пакета</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>Sealed at (the sender&apos;s clock)</source>
        <translation>Запечатано (за годинником відправника)</translation>
    </message>
    <message>
        <source>Fingerprint of the signing key</source>
        <translation>Відбиток ключа підпису</translation>
    </message>
    <message>
        <source>minisign public key</source>
        <translation>Відкритий ключ minisign</translation>
    </message>
    <message>
        <source>Ed25519 public key</source>
        <translation>Відкритий ключ Ed25519</translation>
    </message>
    <message>
        <source>Sender&apos;s vault ID</source>
        <translation>Ідентифікатор сховища відправника</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender&apos;s by voice or another trusted channel: the bundle proves which key sealed it, not whose key that is.</source>
        <translation>Порівняйте відбиток із відбитком відправника голосом або іншим довіреним каналом: пакет доводить, який ключ його запечатав, але не те, чий це ключ.</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Запечатано для</translation>
    </message>
    <message>
        <source>Checks made</source>
        <translation>Виконані перевірки</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>не охоплено</translation>
    </message>
    <message>
        <source>originals, byte-exact</source>
        <translation>оригінали, побайтово точні</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>очищені копії</translation>
    </message>
    <message>
        <source>anonymised copies (faces hidden)</source>
        <translation>анонімізовані копії (обличчя приховано)</translation>
    </message>
    <message>
        <source>{files} file(s), {statements} statement(s): {profile}</source>
        <translation>Файлів: {files}, свідчень: {statements}; {profile}</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>Файл {n} з {total}: {name}</translation>
    </message>
    <message>
        <source>Path in the bundle</source>
        <translation>Шлях у пакеті</translation>
    </message>
    <message>
        <source>Item number in the sender&apos;s vault</source>
        <translation>Номер елемента у сховищі відправника</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байтів</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Тип вмісту</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Початкова назва</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 оригіналу</translation>
    </message>
    <message>
        <source>What was done to it</source>
        <translation>Що з ним зроблено</translation>
    </message>
    <message>
        <source>Nothing: this is the original, byte-exact (its SHA-256 is the original&apos;s).</source>
        <translation>Нічого: це оригінал, байт у байт (його SHA-256 — SHA-256 оригіналу).</translation>
    </message>
    <message>
        <source>The original with device-identifying fields withheld ({fields}); removed: {removed}.</source>
        <translation>Оригінал із прихованими полями, що ідентифікують пристрій ({fields}); вилучено: {removed}.</translation>
    </message>
    <message>
        <source>A sanitized copy of the original; removed: {removed}.</source>
        <translation>Очищена копія оригіналу; вилучено: {removed}.</translation>
    </message>
    <message>
        <source>Its pixels were re-encoded: the copy&apos;s bytes differ from the original&apos;s.</source>
        <translation>Її пікселі перекодовано: байти копії відрізняються від байтів оригіналу.</translation>
    </message>
    <message>
        <source>An anonymised copy: {boxes} face box(es) in {tracks} track(s) hidden; voice disguised: {voice}; sound removed: {sound}.</source>
        <translation>Анонімізована копія: приховано ділянок з обличчями — {boxes}, треків — {tracks}; голос змінено: {voice}; звук вилучено: {sound}.</translation>
    </message>
    <message>
        <source>SHA-256 of the face-detection model</source>
        <translation>SHA-256 моделі пошуку облич</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Witness statements</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym})</source>
        <translation>Свідчення {id} ({pseudonym})</translation>
    </message>
    <message>
        <source>SHA-256 of the version sent</source>
        <translation>SHA-256 надісланої версії</translation>
    </message>
    <message>
        <source>Version {version}, SHA-256</source>
        <translation>Версія {version}, SHA-256</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>The witness&apos;s identity included</source>
        <translation>Особу свідка включено</translation>
    </message>
    <message>
        <source>{path}, SHA-256</source>
        <translation>{path}, SHA-256</translation>
    </message>
    <message>
        <source>Custody: the sender&apos;s signed tree head</source>
        <translation>Ланцюг зберігання: підписана вершина дерева відправника</translation>
    </message>
    <message>
        <source>The sender&apos;s vault signed this head of its custody log (an RFC 9162 Merkle tree of every event). Each event below carries an audit path that leads from its leaf to this root.</source>
        <translation>Сховище відправника підписало цю вершину свого журналу зберігання (дерево Меркла за RFC 9162 з усіх подій). Кожна подія нижче має шлях перевірки від свого листка до цього кореня.</translation>
    </message>
    <message>
        <source>Events in the log</source>
        <translation>Подій у журналі</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Геш кореня</translation>
    </message>
    <message>
        <source>Signed at (the sender&apos;s clock)</source>
        <translation>Підписано (за годинником відправника)</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>Підпис Ed25519</translation>
    </message>
    <message>
        <source>Extends the log sent in an earlier bundle: {size} events, root</source>
        <translation>Продовжує журнал, надісланий у попередньому пакеті: подій {size}, корінь</translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation>Доказ узгодженості</translation>
    </message>
    <message>
        <source>Custody timeline of file {n}</source>
        <translation>Хронологія зберігання файлу {n}</translation>
    </message>
    <message>
        <source>No custody event in this bundle names this file.</source>
        <translation>Жодна подія зберігання в цьому пакеті не називає цей файл.</translation>
    </message>
    <message>
        <source>{time} · event {seq}</source>
        <translation>{time} · подія {seq}</translation>
    </message>
    <message>
        <source>SHA-256 of the event</source>
        <translation>SHA-256 події</translation>
    </message>
    <message>
        <source>Merkle leaf {index}, hash</source>
        <translation>Листок Меркла {index}, геш</translation>
    </message>
    <message>
        <source>Audit path ({count} hashes)</source>
        <translation>Шлях перевірки (гешів: {count})</translation>
    </message>
    <message>
        <source>none: the log held this one event</source>
        <translation>немає: у журналі була лише ця подія</translation>
    </message>
    <message>
        <source>The event&apos;s signature and its inclusion proof against the signed head verified.</source>
        <translation>Підпис події та її доказ включення відносно підписаної вершини перевірено.</translation>
    </message>
    <message>
        <source>Custody events about no file in this bundle</source>
        <translation>Події зберігання, що не стосуються жодного файлу цього пакета</translation>
    </message>
    <message>
        <source>Custody events withheld by the {profile} profile</source>
        <translation>Події зберігання, приховані профілем {profile}</translation>
    </message>
    <message>
        <source>These events record what the copies no longer show (where or when the originals were taken, who reviewed an anonymised copy). The bundle carries only their hashes, proven to be in the signed log.</source>
        <translation>Ці події фіксують те, чого копії вже не показують (де й коли зроблено оригінали, хто перевіряв анонімізовану копію). Пакет містить лише їхні геші, наявність яких у підписаному журналі доведено.</translation>
    </message>
    <message>
        <source>Event {seq}, SHA-256</source>
        <translation>Подія {seq}, SHA-256</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA)</source>
        <translation>Облікові дані вмісту (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode</source>
        <translation>ProofMode</translation>
    </message>
    <message>
        <source>Capture-time provenance</source>
        <translation>Походження на момент зйомки</translation>
    </message>
    <message>
        <source>No capture-time provenance recorded by the sender.</source>
        <translation>Відправник не записав відомостей про походження на момент зйомки.</translation>
    </message>
    <message>
        <source>Not carried: the sanitized copy no longer holds the original&apos;s Content Credentials.</source>
        <translation>Не передано: очищена копія більше не містить Content Credentials оригіналу.</translation>
    </message>
    <message>
        <source>Recorded by the sender&apos;s vault at {time}. This is the sender&apos;s finding, carried in the signed manifest, not a check made by this report:</source>
        <translation>Записано сховищем відправника {time}. Це висновок відправника, переданий у підписаному маніфесті, а не перевірка, виконана цим звітом:</translation>
    </message>
    <message>
        <source>The sender&apos;s record of it is malformed and is not shown.</source>
        <translation>Запис відправника про це пошкоджено, і він не показується.</translation>
    </message>
    <message>
        <source>Attachments that came with the file</source>
        <translation>Вкладення, що надійшли з файлом</translation>
    </message>
    <message>
        <source>{kind}: {name} ({size} bytes), SHA-256</source>
        <translation>{kind}: {name} ({size} байтів), SHA-256</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Imported again (already present)</source>
        <translation>Імпортовано повторно (вже є в архіві)</translation>
    </message>
    <message>
        <source>Imported again after deletion</source>
        <translation>Імпортовано повторно після видалення</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Переглянуто</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Відтворено</translation>
    </message>
    <message>
        <source>Exported a copy</source>
        <translation>Експортовано копію</translation>
    </message>
    <message>
        <source>Metadata read</source>
        <translation>Метадані прочитано</translation>
    </message>
    <message>
        <source>Preview checked against the picture</source>
        <translation>Попередній перегляд звірено із зображенням</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) read</source>
        <translation>Облікові дані вмісту (C2PA) прочитано</translation>
    </message>
    <message>
        <source>Perceptual hash computed</source>
        <translation>Обчислено перцептивний геш</translation>
    </message>
    <message>
        <source>C2PA trust anchor installed</source>
        <translation>Встановлено якір довіри C2PA</translation>
    </message>
    <message>
        <source>C2PA trust anchor removed</source>
        <translation>Видалено якір довіри C2PA</translation>
    </message>
    <message>
        <source>Cleaned copy made</source>
        <translation>Створено очищену копію</translation>
    </message>
    <message>
        <source>Deleted (record kept)</source>
        <translation>Видалено (запис збережено)</translation>
    </message>
    <message>
        <source>Sealed in a bundle</source>
        <translation>Запечатано в пакет</translation>
    </message>
    <message>
        <source>Received in a bundle</source>
        <translation>Отримано в пакеті</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Справу створено</translation>
    </message>
    <message>
        <source>Added to a case</source>
        <translation>Додано до справи</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Archive created</source>
        <translation>Архів створено</translation>
    </message>
    <message>
        <source>Archive upgraded</source>
        <translation>Архів оновлено</translation>
    </message>
    <message>
        <source>An older copy of the archive was opened</source>
        <translation>Відкрито старішу копію архіву</translation>
    </message>
    <message>
        <source>Interrupted import cleaned up</source>
        <translation>Залишки перерваного імпорту прибрано</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольну фразу змінено</translation>
    </message>
    <message>
        <source>New recovery code made</source>
        <translation>Створено новий код відновлення</translation>
    </message>
    <message>
        <source>Key slot added</source>
        <translation>Додано слот ключа</translation>
    </message>
    <message>
        <source>Key slot removed</source>
        <translation>Вилучено слот ключа</translation>
    </message>
    <message>
        <source>Interrupted key change settled</source>
        <translation>Перервану зміну ключа завершено</translation>
    </message>
    <message>
        <source>Anchor shown</source>
        <translation>Показано якір</translation>
    </message>
    <message>
        <source>Bundle key created</source>
        <translation>Створено ключ для пакетів</translation>
    </message>
    <message>
        <source>Recipient added</source>
        <translation>Додано отримувача</translation>
    </message>
    <message>
        <source>Recipient removed</source>
        <translation>Вилучено отримувача</translation>
    </message>
    <message>
        <source>Statement written</source>
        <translation>Свідчення записано</translation>
    </message>
    <message>
        <source>Statement amended</source>
        <translation>До свідчення внесено зміни</translation>
    </message>
    <message>
        <source>Witness identity stored</source>
        <translation>Дані особи свідка збережено</translation>
    </message>
    <message>
        <source>Statement tagged</source>
        <translation>Свідченню призначено мітку</translation>
    </message>
    <message>
        <source>Statement rendered as a document</source>
        <translation>Свідчення сформовано як документ</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Згоду зафіксовано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Згоду відкликано</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Справу відредаговано</translation>
    </message>
    <message>
        <source>Statement added to a case</source>
        <translation>Свідчення додано до справи</translation>
    </message>
</context>
<context>
    <name>CustodySentence</name>
    <message>
        <source>Imported {items} ({size}, {type}) from “{source}”; SHA-256 {sha256}.</source>
        <translation>Імпортовано {items} ({size}, {type}) з «{source}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>“{source}” was imported again: the same bytes as {items} (SHA-256 {sha256}), kept once.</source>
        <translation>«{source}» імпортовано знову: ті самі байти, що й {items} (SHA-256 {sha256}), зберігаються один раз.</translation>
    </message>
    <message>
        <source>Imported again after its deletion: {items} from “{source}”; SHA-256 {sha256}.</source>
        <translation>Імпортовано знову після видалення: {items} з «{source}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>{items} was opened for viewing.</source>
        <translation>{items}: відкрито для перегляду.</translation>
    </message>
    <message>
        <source>{items} was played.</source>
        <translation>{items}: відтворювалося.</translation>
    </message>
    <message>
        <source>A copy of {items} was written out as “{destination}”; SHA-256 {sha256}.</source>
        <translation>Копію {items} записано як «{destination}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>The metadata of {items} was read.</source>
        <translation>Метадані {items} прочитано.</translation>
    </message>
    <message>
        <source>The metadata of {items} was read only in part: {reason}</source>
        <translation>Метадані {items} прочитано лише частково: {reason}</translation>
    </message>
    <message>
        <source>The metadata of {items} could not be read ({status}): {reason}</source>
        <translation>Метадані {items} не вдалося прочитати ({status}): {reason}</translation>
    </message>
    <message>
        <source>The preview embedded in {items} was compared with the picture: they match.</source>
        <translation>Мініатюру всередині {items} порівняно із зображенням: вони збігаються.</translation>
    </message>
    <message>
        <source>The preview embedded in {items} differs from the picture: it may show the picture as it was before an edit.</source>
        <translation>Мініатюра всередині {items} відрізняється від зображення: вона може показувати зображення таким, яким воно було до редагування.</translation>
    </message>
    <message>
        <source>The preview embedded in {items} could not be compared with the picture ({check}).</source>
        <translation>Мініатюру всередині {items} не вдалося порівняти із зображенням ({check}).</translation>
    </message>
    <message>
        <source>A cleaned copy of {items} was made ({type}); original SHA-256 {original}, copy SHA-256 {copy}; removed: {removed}.</source>
        <translation>Зроблено очищену копію {items} ({type}); SHA-256 оригіналу {original}, SHA-256 копії {copy}; вилучено: {removed}.</translation>
    </message>
    <message>
        <source>The bytes of {items} were deleted (reason: {reason}); SHA-256 {sha256}. Its record stays.</source>
        <translation>Байти {items} видалено (причина: {reason}); SHA-256 {sha256}. Запис про них лишається.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was sealed for {recipients}: {files} file(s); bundle SHA-256 {sha256}.</source>
        <translation>Пакет {bundle} запечатано для {recipients}: файлів — {files}; SHA-256 пакета {sha256}.</translation>
    </message>
    <message>
        <source>Bundle {bundle}, sealed by key {sender}, was received: {files} file(s), {items}.</source>
        <translation>Отримано пакет {bundle}, запечатаний ключем {sender}: файлів — {files}, {items}.</translation>
    </message>
    <message>
        <source>The archive was verified: {result}; {checked} item(s) and {events} event(s) checked.</source>
        <translation>Архів перевірено: {result}; перевірено елементів — {checked}, подій — {events}.</translation>
    </message>
    <message>
        <source>This archive was created; its signing key is {key}.</source>
        <translation>Цей архів створено; його ключ підпису — {key}.</translation>
    </message>
    <message>
        <source>Case “{name}” was created.</source>
        <translation>Створено справу «{name}».</translation>
    </message>
    <message>
        <source>{items} was added to case “{name}”.</source>
        <translation>{items} додано до справи «{name}».</translation>
    </message>
    <message>
        <source>{items} was taken out of case “{name}”.</source>
        <translation>{items} вилучено зі справи «{name}».</translation>
    </message>
    <message>
        <source>Statement {statement} was written (version {version}, SHA-256 {sha256}).</source>
        <translation>Записано свідчення {statement} (версія {version}, SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Statement {statement} was amended: version {version}, SHA-256 {sha256}, after {previous}.</source>
        <translation>Свідчення {statement} змінено: версія {version}, SHA-256 {sha256}, після {previous}.</translation>
    </message>
    <message>
        <source>Consent for statement {statement} was recorded: {audience}.</source>
        <translation>Записано згоду на свідчення {statement}: {audience}.</translation>
    </message>
    <message>
        <source>Consent for statement {statement} was withdrawn.</source>
        <translation>Згоду на свідчення {statement} відкликано.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: signed by {signer}, unchanged since, and the signer&apos;s chain ends at an installed trust anchor.</source>
        <translation>Content Credentials {items} перевірено: підписано {signer}, відтоді не змінено, і ланцюжок підписувача закінчується встановленим якорем довіри.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: signed by {signer} and unchanged since; no installed trust anchor vouches for the signer.</source>
        <translation>Content Credentials {items} перевірено: підписано {signer} і відтоді не змінено; жоден встановлений якір довіри не підтверджує підписувача.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: the file was CHANGED after {signer} signed it.</source>
        <translation>Content Credentials {items} перевірено: файл було ЗМІНЕНО після того, як {signer} його підписав.</translation>
    </message>
    <message>
        <source>{items} carries no Content Credentials (C2PA).</source>
        <translation>{items} не містить Content Credentials (C2PA).</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were read; the verdict: {verdict}.</source>
        <translation>Content Credentials {items} прочитано; вердикт: {verdict}.</translation>
    </message>
    <message>
        <source>{count} proof file(s) were stored beside {items}: {names}.</source>
        <translation>Файлів доказу, збережених поруч із {items}: {count} ({names}).</translation>
    </message>
    <message>
        <source>The ProofMode proofs of {items} were checked: {valid} of {signatures} signature(s) valid.</source>
        <translation>Докази ProofMode для {items} перевірено: дійсних підписів — {valid} з {signatures}.</translation>
    </message>
    <message>
        <source>Perceptual hashes of {items} were computed, for finding look-alikes: {count}.</source>
        <translation>Перцептивні геші {items} обчислено для пошуку схожих: {count}.</translation>
    </message>
    <message>
        <source>{items} has no picture or video to compute a perceptual hash of.</source>
        <translation>У {items} немає зображення чи відео, з яких можна обчислити перцептивний геш.</translation>
    </message>
    <message>
        <source>No perceptual hash of {items} could be computed ({status}): {reason}</source>
        <translation>Перцептивний геш {items} не вдалося обчислити ({status}): {reason}</translation>
    </message>
    <message>
        <source>A trust anchor for Content Credentials was installed: {subject}.</source>
        <translation>Встановлено якір довіри для Content Credentials: {subject}.</translation>
    </message>
    <message>
        <source>The trust anchor {subject} was removed.</source>
        <translation>Якір довіри {subject} видалено.</translation>
    </message>
    <message>
        <source>An anchor of the log was shown: {size} events, root {root}.</source>
        <translation>Показано якір журналу: подій — {size}, корінь {root}.</translation>
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
        <translation>Журнал зберігання</translation>
    </message>
    <message>
        <source>Only events about the selected item</source>
        <translation>Лише події, що стосуються вибраного матеріалу</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Лише {name}</translation>
    </message>
    <message>
        <source>Only the selected item</source>
        <translation>Лише вибраний матеріал</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>Custody events</source>
        <translation>Події журналу зберігання</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Виявлені проблеми</translation>
    </message>
    <message>
        <source>EV2-…  an anchor code kept outside the archive</source>
        <translation>EV2-…  код якоря, збережений поза архівом</translation>
    </message>
    <message>
        <source>Anchor code to check</source>
        <translation>Код якоря для перевірки</translation>
    </message>
    <message>
        <source>Check an anchor</source>
        <translation>Перевірити якір</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>Show anchor…</source>
        <translation>Показати якір…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Verifying every item and every custody event…</source>
        <translation>Перевірка кожного матеріалу й кожної події журналу зберігання…</translation>
    </message>
    <message numerus="yes">
        <source>PASSED: %n item(s) and their custody events are intact.</source>
        <translation>
            <numerusform>ПРОЙДЕНО: %n матеріал і його події журналу зберігання не пошкоджено.</numerusform>
            <numerusform>ПРОЙДЕНО: %n матеріали та їхні події журналу зберігання не пошкоджено.</numerusform>
            <numerusform>ПРОЙДЕНО: %n матеріалів та їхні події журналу зберігання не пошкоджено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) found.</source>
        <translation>
            <numerusform>НЕ ПРОЙДЕНО: виявлено %n проблему.</numerusform>
            <numerusform>НЕ ПРОЙДЕНО: виявлено %n проблеми.</numerusform>
            <numerusform>НЕ ПРОЙДЕНО: виявлено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: {e}</source>
        <translation>Не вдалося виконати перевірку: {e}</translation>
    </message>
    <message>
        <source>The anchor could not be made: {e}</source>
        <translation>Не вдалося створити якір: {e}</translation>
    </message>
    <message>
        <source>Anchor holds</source>
        <translation>Якір підтверджено</translation>
    </message>
    <message>
        <source>Anchor does NOT hold</source>
        <translation>Якір НЕ підтверджено</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата від</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата до</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where to write it</source>
        <translation>Куди записати</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Ще нічого не вибрано.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Місце призначення</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose where to write it</source>
        <translation>Виберіть, куди записати</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Зберегти пакет як</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb)</source>
        <translation>Запечатані пакети (*.evb)</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>Виберіть порожню теку</translation>
    </message>
    <message>
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>Такий файл уже існує. Виберіть нову назву; нічого не буде перезаписано.</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder.</source>
        <translation>Ця тека не порожня. Виберіть порожню або нову теку.</translation>
    </message>
    <message>
        <source>Choose a new file for the sealed bundle (.evb). Only the recipients can open it.</source>
        <translation>Виберіть новий файл для запечатаного пакета (.evb). Відкрити його зможуть лише отримувачі.</translation>
    </message>
    <message>
        <source>originals</source>
        <translation>оригінали</translation>
    </message>
    <message>
        <source>copies with the faces hidden</source>
        <translation>копії з прихованими обличчями</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>очищені копії</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) as {kind}, sealed to {who} and this archive.</source>
        <translation>
            <numerusform>%n файл — {kind}; запечатано для {who} і цього архіву.</numerusform>
            <numerusform>%n файли — {kind}; запечатано для {who} і цього архіву.</numerusform>
            <numerusform>%n файлів — {kind}; запечатано для {who} і цього архіву.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n statement(s).</source>
        <translation>
            <numerusform>Разом із %n свідченням.</numerusform>
            <numerusform>Разом із %n свідченнями.</numerusform>
            <numerusform>Разом із %n свідченнями.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty folder. The cleaned copies are written there as ordinary files that anyone with the folder can read.</source>
        <translation>Виберіть порожню теку. Очищені копії буде записано туди як звичайні файли, які може прочитати будь-хто, хто має доступ до цієї теки.</translation>
    </message>
    <message numerus="yes">
        <source>%n sanitized file(s).</source>
        <translation>
            <numerusform>%n очищений файл.</numerusform>
            <numerusform>%n очищені файли.</numerusform>
            <numerusform>%n очищених файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements are never written to a plain folder; they are left out.</source>
        <translation>Свідчення ніколи не записуються у звичайну теку; їх не буде включено.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Item details</source>
        <translation>Відомості про матеріал</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Виберіть матеріал, щоб побачити відомості про нього.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
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
        <translation>Копіювати SHA-256</translation>
    </message>
    <message>
        <source>Copy SHA-256 to the clipboard</source>
        <translation>Копіювати SHA-256 у буфер обміну</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Filed under</source>
        <translation>Віднесено до</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Capture time and place</source>
        <translation>Час і місце запису</translation>
    </message>
    <message>
        <source>About the preview</source>
        <translation>Про попередній перегляд</translation>
    </message>
    <message>
        <source>Metadata by risk</source>
        <translation>Метадані за рівнем ризику</translation>
    </message>
    <message>
        <source>The value as stored in the file</source>
        <translation>Значення, як воно зберігається у файлі</translation>
    </message>
    <message>
        <source>Copies made for publishing</source>
        <translation>Копії для публікації</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>Історія зберігання</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA)</source>
        <translation>Облікові дані вмісту (C2PA)</translation>
    </message>
    <message>
        <source>{human} ({n} bytes)</source>
        <translation>{human} ({n} Б)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>цей файл</translation>
    </message>
    <message>
        <source>Faces hidden</source>
        <translation>Обличчя приховано</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Метадані видалено</translation>
    </message>
    <message>
        <source>Fields withheld</source>
        <translation>Поля приховано</translation>
    </message>
    <message>
        <source>boxes confirmed by {who}</source>
        <translation>рамки підтвердив(-ла) {who}</translation>
    </message>
    <message>
        <source>The preview is the file&apos;s own embedded thumbnail. It has not yet been checked against the picture itself, and may show something else.</source>
        <translation>Попередній перегляд — це вбудована мініатюра самого файлу. Її ще не звірено з самим зображенням, і вона може показувати щось інше.</translation>
    </message>
    <message>
        <source>The preview is the file&apos;s own embedded thumbnail. The picture itself could not be decoded, so the thumbnail could not be checked against it.</source>
        <translation>Попередній перегляд — це вбудована мініатюра самого файлу. Саме зображення не вдалося декодувати, тож мініатюру не вдалося звірити з ним.</translation>
    </message>
    <message>
        <source>The file&apos;s embedded thumbnail shows something other than the picture (see High risk below). The preview is made from the picture.</source>
        <translation>Вбудована мініатюра файлу показує не те, що зображення (див. «Високий ризик» нижче). Попередній перегляд зроблено з самого зображення.</translation>
    </message>
    <message>
        <source>Not read yet: the vault is reading this file&apos;s metadata.</source>
        <translation>Ще не прочитано: архів зчитує метадані цього файлу.</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Ще не проаналізовано.</translation>
    </message>
    <message>
        <source>The file does not say when it was recorded.</source>
        <translation>У файлі не вказано, коли його записано.</translation>
    </message>
    <message>
        <source>Recorded at {place}</source>
        <translation>Записано в {place}</translation>
    </message>
    <message>
        <source>The file does not say where it was recorded.</source>
        <translation>У файлі не вказано, де його записано.</translation>
    </message>
    <message>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} с</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>сторінок: {n}</translation>
    </message>
    <message>
        <source>This kind of file carries no metadata the vault can read.</source>
        <translation>Файли цього типу не містять метаданих, які архів може прочитати.</translation>
    </message>
    <message>
        <source>High risk: can identify people or places</source>
        <translation>Високий ризик: можуть ідентифікувати людей або місця</translation>
    </message>
    <message>
        <source>Medium risk: device, software and times</source>
        <translation>Середній ризик: пристрій, програми та час</translation>
    </message>
    <message>
        <source>Low risk: technical details</source>
        <translation>Низький ризик: технічні подробиці</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>і ще {n}</translation>
    </message>
    <message>
        <source>No metadata found in this file.</source>
        <translation>У цьому файлі метаданих не знайдено.</translation>
    </message>
    <message>
        <source>Technical detail about how the picture or sound is stored. Rarely says anything about people.</source>
        <translation>Технічні відомості про те, як збережено зображення чи звук. Рідко щось говорять про людей.</translation>
    </message>
    <message>
        <source>Where this was recorded. Anyone who sees it can find the place, and perhaps the person.</source>
        <translation>Де це записано. Будь-хто, хто це побачить, зможе знайти місце, а можливо, і людину.</translation>
    </message>
    <message>
        <source>Part of the position record written by the device.</source>
        <translation>Частина даних про місцезнаходження, записаних пристроєм.</translation>
    </message>
    <message>
        <source>A name, account or device serial inside the file&apos;s Content Credentials (C2PA): an author, an identity assertion, or the signer&apos;s certificate. It identifies who or what made the file.</source>
        <translation>Ім’я, обліковий запис або серійний номер пристрою в облікових даних вмісту (C2PA): автор, твердження про особу або сертифікат того, хто підписав. Вони вказують, хто або що створив файл.</translation>
    </message>
    <message>
        <source>A number unique to one device or one file. It can tie this file to a phone or camera, and to every other file it made.</source>
        <translation>Номер, унікальний для одного пристрою чи одного файлу. Він може пов’язати цей файл із телефоном або камерою та з усіма іншими файлами, які вони створили.</translation>
    </message>
    <message>
        <source>A camera maker&apos;s private block. Often holds serial numbers and settings no one reviews.</source>
        <translation>Закритий блок даних виробника камери. Часто містить серійні номери й налаштування, які ніхто не переглядає.</translation>
    </message>
    <message>
        <source>A track of timed data (text, subtitles, sensor or position samples) beside the picture and sound.</source>
        <translation>Доріжка даних із часовими мітками (текст, субтитри, показники датчиків або координати) поруч із зображенням і звуком.</translation>
    </message>
    <message>
        <source>The file&apos;s own thumbnail shows something other than the picture. The photo was probably edited or cropped after it was taken, and the thumbnail may still show the original.</source>
        <translation>Власна мініатюра файлу показує не те, що зображення. Знімок, імовірно, відредагували або обрізали після зйомки, а мініатюра може досі показувати оригінал.</translation>
    </message>
    <message>
        <source>An embedded picture, video or file. It may show what was cropped or hidden in the main picture.</source>
        <translation>Вбудоване зображення, відео чи файл. Воно може показати те, що обрізано або приховано на основному зображенні.</translation>
    </message>
    <message>
        <source>Free text someone typed or software stored. It can hold names, places or anything else.</source>
        <translation>Довільний текст, який хтось увів або зберегла програма. Він може містити імена, місця чи будь-що інше.</translation>
    </message>
    <message>
        <source>A person&apos;s name or contact. It may identify the person who recorded or handled this.</source>
        <translation>Ім’я або контакт людини. Може ідентифікувати того, хто записав цей файл або працював із ним.</translation>
    </message>
    <message>
        <source>Which device or program made or edited this. Narrows down who could have made it.</source>
        <translation>Який пристрій або програма це створили чи редагували. Звужує коло тих, хто міг це зробити.</translation>
    </message>
    <message>
        <source>When this was made or changed. Can place a person at a moment; a time zone hints at a region.</source>
        <translation>Коли це створено або змінено. Може прив’язати людину до певного моменту; часовий пояс підказує регіон.</translation>
    </message>
    <message>
        <source>Not in our table. Treated as worth a look, because unknown tags sometimes hold private data.</source>
        <translation>Немає в нашій таблиці. Вважається вартим уваги, бо невідомі поля метаданих іноді містять приватні дані.</translation>
    </message>
    <message>
        <source>As stored in the file: {value}</source>
        <translation>Як зберігається у файлі: {value}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольна фраза під примусом</translation>
    </message>
    <message>
        <source>A duress passphrase is for when someone forces you to open the archive. Typed instead of your passphrase, it seems to work: it opens a second archive that holds only what you put in it now, or nothing. At the same moment it destroys your real archive. Nobody can recover it afterwards, not you either: your passphrase and your recovery code will then say “wrong passphrase”.

Before you set it up, seal your evidence in a bundle for investigators you trust.

It does not protect a copy of the archive made before the duress passphrase is typed, and destroying evidence can itself be a crime in some countries.</source>
        <translation>Парольна фраза під примусом — на випадок, коли вас змушують відкрити архів. Якщо ввести її замість вашої парольної фрази, здається, що вона спрацювала: відкривається другий архів, у якому є лише те, що ви покладете в нього зараз, або нічого. У ту саму мить вона знищує ваш справжній архів. Ніхто не зможе відновити його після цього, навіть ви: ваша парольна фраза і ваш код відновлення тоді видаватимуть «неправильна парольна фраза».

Перш ніж налаштувати її, запечатайте свої докази в пакет для слідчих, яким ви довіряєте.

Вона не захищає копію архіву, зроблену до того, як буде введено парольну фразу під примусом, а знищення доказів саме по собі в деяких країнах може бути злочином.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольна фраза</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Парольна фраза під примусом ще раз</translation>
    </message>
    <message>
        <source>Nothing (an empty archive)</source>
        <translation>Нічого (порожній архів)</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Вибрати теку…</translation>
    </message>
    <message>
        <source>I understand that typing it destroys my real archive for good.</source>
        <translation>Я розумію, що її введення назавжди знищить мій справжній архів.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Ще раз</translation>
    </message>
    <message>
        <source>What the decoy shows</source>
        <translation>Що показує архів-приманка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Видалити парольну фразу під примусом</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Налаштувати</translation>
    </message>
    <message>
        <source>Innocuous photos and notes for the decoy</source>
        <translation>Нейтральні фото й нотатки для архіву-приманки</translation>
    </message>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Дві введені парольні фрази під примусом різняться.</translation>
    </message>
    <message>
        <source>Working… this takes a few seconds.</source>
        <translation>Виконується… це займе кілька секунд.</translation>
    </message>
    <message>
        <source>That is not your passphrase.</source>
        <translation>Це не ваша парольна фраза.</translation>
    </message>
    <message>
        <source>This is the decoy&apos;s recovery code, not your archive&apos;s. If you are forced to hand over a recovery code, give this one: it opens the decoy and destroys your real archive, like the duress passphrase. Write it down now; it is shown only once.</source>
        <translation>Це код відновлення приманки, а не вашого архіву. Якщо вас змусять віддати код відновлення, віддайте цей: він відкриває приманку і знищує ваш справжній архів, як і парольна фраза під примусом. Запишіть його зараз: він показується лише один раз.</translation>
    </message>
    <message>
        <source>The decoy&apos;s recovery code</source>
        <translation>Код відновлення приманки</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Код записано</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
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
        <translation>Час</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Матеріал</translation>
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
        <translation>Виберіть подію, щоб прочитати її повністю.</translation>
    </message>
    <message>
        <source>Show the full record</source>
        <translation>Показати весь запис</translation>
    </message>
    <message>
        <source>The event&apos;s full record</source>
        <translation>Весь запис події</translation>
    </message>
    <message>
        <source>Event {seq}, {time}: {sentence}</source>
        <translation>Подія {seq}, {time}: {sentence}</translation>
    </message>
    <message>
        <source>Hide the full record</source>
        <translation>Сховати весь запис</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Скасувати експорт</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Крок {n} з {total}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>The archive is locking; nothing was written.</source>
        <translation>Архів блокується; нічого не записано.</translation>
    </message>
</context>
<context>
    <name>FindingFaces</name>
    <message>
        <source>Finding faces…</source>
        <translation>Пошук облич…</translation>
    </message>
    <message>
        <source>Finding faces</source>
        <translation>Пошук облич</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Finding faces… {percent}%</source>
        <translation>Пошук облич… {percent}%</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупинка…</translation>
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
        <translation>Далі</translation>
    </message>
    <message>
        <source>A safe place for your files</source>
        <translation>Надійне місце для ваших файлів</translation>
    </message>
    <message>
        <source>This app keeps photos, videos, recordings and documents in one locked archive on this computer or on a USB stick. Everything inside is encrypted: without your passphrase nobody can open it, not even with the computer in their hands.</source>
        <translation>Ця програма зберігає фото, відео, записи та документи в одному заблокованому архіві на цьому комп’ютері або на USB-накопичувачі. Усе всередині зашифровано: без вашої парольної фрази ніхто не зможе його відкрити, навіть маючи цей комп’ютер у руках.</translation>
    </message>
    <message>
        <source>Files are stored exactly as they were, with a fingerprint (SHA-256) and a signed record of when they were added and opened, so you can later show they were not changed.</source>
        <translation>Файли зберігаються точно такими, якими вони були, з цифровим відбитком (SHA-256) і підписаним записом про те, коли їх додано й відкрито, тож згодом ви зможете довести, що їх не змінювали.</translation>
    </message>
    <message>
        <source>It works without the internet and never sends anything anywhere.</source>
        <translation>Програма працює без інтернету й ніколи нічого нікуди не надсилає.</translation>
    </message>
    <message>
        <source>Setting up takes about a minute.</source>
        <translation>Налаштування триває близько хвилини.</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>Де зберігати архів</translation>
    </message>
    <message>
        <source>The archive is one folder. Keep it on this computer, or on a USB stick you can take with you or hide. This choice is remembered.</source>
        <translation>Архів — це одна тека. Зберігайте її на цьому комп’ютері або на USB-накопичувачі, який можна взяти з собою чи сховати. Цей вибір запам’ятовується.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Тека архіву</translation>
    </message>
    <message>
        <source>Choose another folder or USB stick…</source>
        <translation>Вибрати іншу теку або USB-накопичувач…</translation>
    </message>
    <message>
        <source>Use the default place</source>
        <translation>Використати стандартне місце</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольну фразу</translation>
    </message>
    <message>
        <source>You will type it each time you open the archive. Make it long and something others would not guess; a short sentence or four random words works well. Do not reuse a password from elsewhere.</source>
        <translation>Ви вводитимете її щоразу, коли відкриваєте архів. Зробіть її довгою й такою, щоб інші не здогадалися; добре підходить коротке речення або чотири випадкові слова. Не використовуйте пароль, який уже використовуєте деінде.</translation>
    </message>
    <message>
        <source>Creating your archive</source>
        <translation>Створення архіву</translation>
    </message>
    <message>
        <source>Protecting the key with your passphrase. This takes a few seconds.</source>
        <translation>Захист ключа вашою парольною фразою. Це займе кілька секунд.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Write down your recovery code</source>
        <translation>Запишіть код відновлення</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Якщо ви забудете парольну фразу, цей код — єдиний спосіб відкрити архів. Запишіть його на папері зараз і зберігайте папір у надійному місці, подалі від цього комп’ютера. Код показується лише цей один раз.</translation>
    </message>
    <message>
        <source>Anyone who has this code can open the archive. Do not photograph it.</source>
        <translation>Будь-хто, хто має цей код, може відкрити архів. Не фотографуйте його.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Код записано</translation>
    </message>
    <message>
        <source>Add your first files</source>
        <translation>Додайте перші файли</translation>
    </message>
    <message>
        <source>You can add a folder now, or later by dragging files onto the window. The originals stay where they are; you decide whether to delete them afterwards.</source>
        <translation>Ви можете додати теку зараз або пізніше, перетягнувши файли у вікно. Оригінали залишаються на своєму місці; ви самі вирішите, чи видаляти їх потім.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Вибрати теку…</translation>
    </message>
    <message>
        <source>No folder chosen. You can skip this step.</source>
        <translation>Теку не вибрано. Цей крок можна пропустити.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Крок {n} з {total}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Create archive</source>
        <translation>Створити архів</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Add and finish</source>
        <translation>Додати й завершити</translation>
    </message>
    <message>
        <source>An archive already exists here. Continuing opens it.</source>
        <translation>Тут уже є архів. Якщо продовжити, його буде відкрито.</translation>
    </message>
    <message>
        <source>Choose where to keep the archive</source>
        <translation>Виберіть, де зберігати архів</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Виберіть теку для додавання</translation>
    </message>
    <message>
        <source>Will add everything in: {path}</source>
        <translation>Буде додано все з: {path}</translation>
    </message>
    <message>
        <source>Could not remember this place: {e}</source>
        <translation>Не вдалося запам’ятати це місце: {e}</translation>
    </message>
    <message>
        <source>The archive could not be created: {e}</source>
        <translation>Не вдалося створити архів: {e}</translation>
    </message>
</context>
<context>
    <name>FrameStepper</name>
    <message>
        <source>Previous frame</source>
        <translation>Попередній кадр</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Наступний кадр</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Versions; select two to compare</source>
        <translation>Версії; виберіть дві, щоб порівняти</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to see what changed between them.</source>
        <translation>Виберіть дві версії (Ctrl+клацання), щоб побачити, що змінилося між ними.</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Відмінності між версіями</translation>
    </message>
    <message>
        <source>Version {n} is the first version.</source>
        <translation>Версія {n} — перша версія.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Пов’язані матеріали</translation>
    </message>
    <message>
        <source>Changes from version {a} ({when_a}) to version {b} ({when_b})</source>
        <translation>Зміни від версії {a} ({when_a}) до версії {b} ({when_b})</translation>
    </message>
    <message>
        <source>Unchanged: {fields}</source>
        <translation>Без змін: {fields}</translation>
    </message>
</context>
<context>
    <name>IdentityChoice</name>
    <message>
        <source>This archive&apos;s own key</source>
        <translation>Власний ключ цього архіву</translation>
    </message>
    <message>
        <source>Open with this archive&apos;s own key</source>
        <translation>Відкрити власним ключем цього архіву</translation>
    </message>
    <message>
        <source>An identity file:</source>
        <translation>Файл секретного ключа:</translation>
    </message>
    <message>
        <source>Open with an identity file</source>
        <translation>Відкрити за допомогою файлу секретного ключа</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Файл секретного ключа</translation>
    </message>
    <message>
        <source>age identity file (AGE-SECRET-KEY-…)</source>
        <translation>файл секретного ключа age (AGE-SECRET-KEY-…)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Виберіть файл секретного ключа</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Виберіть свій файл секретного ключа</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Розшифрування…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вмістити</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>The picture could not be made: {reason}</source>
        <translation>Не вдалося показати зображення: {reason}</translation>
    </message>
    <message>
        <source>{w} × {h} pixels · {size} · {zoom}%</source>
        <translation>{w} × {h} пкс · {size} · {zoom}%</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adding files</source>
        <translation>Додавання файлів</translation>
    </message>
    <message>
        <source>Adding files to the archive…</source>
        <translation>Додавання файлів до архіву…</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Перегляд файлів…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Хід імпорту</translation>
    </message>
    <message>
        <source>Files that could not be added</source>
        <translation>Файли, які не вдалося додати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Скасувати імпорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупинка…</translation>
    </message>
    <message>
        <source>File {n} of {total} · {done} of {size}</source>
        <translation>Файл {n} з {total} · {done} з {size}</translation>
    </message>
    <message>
        <source>{rate}/s · about {left} left</source>
        <translation>{rate}/с · залишилося приблизно {left}</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Імпорт скасовано</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Імпорт завершено з проблемами</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Added: {imported} · Already in the archive: {dup} · Failed: {failed}</source>
        <translation>Додано: {imported} · Уже в архіві: {dup} · Не вдалося: {failed}</translation>
    </message>
    <message>
        <source>Not added because you cancelled: {n}. Nothing half-added was kept.</source>
        <translation>Не додано через скасування: {n}. Нічого з частково доданого не збережено.</translation>
    </message>
    <message>
        <source>{size} stored in {time}</source>
        <translation>{size} збережено за {time}</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Імпорт зупинився</translation>
    </message>
</context>
<context>
    <name>ItemGrid</name>
    <message>
        <source>Items</source>
        <translation>Матеріали</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>Preview could not be made: {reason}</source>
        <translation>Не вдалося зробити прев’ю: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Link items</source>
        <translation>Пов’язати матеріали</translation>
    </message>
    <message>
        <source>Filter items by name</source>
        <translation>Фільтрувати матеріали за назвою</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Фільтр за назвою</translation>
    </message>
    <message>
        <source>Items of the archive; check those to link</source>
        <translation>Матеріали архіву; позначте ті, які треба пов’язати</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Link checked items</source>
        <translation>Пов’язати позначені матеріали</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the archive</source>
        <translation>
            <numerusform>%n матеріал в архіві</numerusform>
            <numerusform>%n матеріали в архіві</numerusform>
            <numerusform>%n матеріалів в архіві</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>What to export</source>
        <translation>Що експортувати</translation>
    </message>
    <message numerus="yes">
        <source>The selected item(s) (%n)</source>
        <translation>
            <numerusform>Вибраний матеріал (%n)</numerusform>
            <numerusform>Вибрані матеріали (%n)</numerusform>
            <numerusform>Вибрані матеріали (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected items (none selected)</source>
        <translation>Вибрані матеріали (нічого не вибрано)</translation>
    </message>
    <message>
        <source>Export the selected items</source>
        <translation>Експортувати вибрані матеріали</translation>
    </message>
    <message>
        <source>A whole case, with its statements:</source>
        <translation>Цілу справу разом зі свідченнями:</translation>
    </message>
    <message>
        <source>Export a whole case</source>
        <translation>Експортувати цілу справу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n item(s)</source>
        <translation>
            <numerusform>{name} — %n матеріал</numerusform>
            <numerusform>{name} — %n матеріали</numerusform>
            <numerusform>{name} — %n матеріалів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n свідчення</numerusform>
            <numerusform>, %n свідчення</numerusform>
            <numerusform>, %n свідчень</numerusform>
        </translation>
    </message>
    <message>
        <source>Select items in the main window, or file items under a case, first.</source>
        <translation>Спочатку виберіть матеріали в головному вікні або віднесіть матеріали до справи.</translation>
    </message>
    <message>
        <source>There is nothing to export in that choice.</source>
        <translation>У вибраному немає нічого для експорту.</translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Через %n хвилину бездіяльності</numerusform>
            <numerusform>Через %n хвилини бездіяльності</numerusform>
            <numerusform>Через %n хвилин бездіяльності</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>When the window is minimised</source>
        <translation>Коли вікно згорнуто</translation>
    </message>
</context>
<context>
    <name>LookAlikesDialog</name>
    <message>
        <source>Look-alikes</source>
        <translation>Схожі</translation>
    </message>
    <message>
        <source>Items whose pictures look alike, such as a photo or video that a messenger re-encoded: not the same bytes, so both were kept. The distance counts the bits of 64 in which their perceptual hashes differ (0: look the same; unrelated pictures differ in about 32). Nothing is merged: both items stay as they came.</source>
        <translation>Елементи, зображення яких схожі, наприклад фото чи відео, перекодоване месенджером: байти різні, тому збережено обидва. Відстань — кількість бітів із 64, у яких різняться їхні перцептивні геші (0 — виглядають однаково; не пов&apos;язані зображення різняться приблизно в 32). Нічого не об&apos;єднується: обидва елементи лишаються такими, якими надійшли.</translation>
    </message>
    <message>
        <source>Show pairs at most this many bits apart:</source>
        <translation>Показувати пари, що різняться не більш ніж на стільки бітів:</translation>
    </message>
    <message>
        <source>Largest distance shown</source>
        <translation>Найбільша показувана відстань</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Матеріал</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Схожий на</translation>
    </message>
    <message>
        <source>Looking for items that look alike…</source>
        <translation>Пошук схожих елементів…</translation>
    </message>
    <message>
        <source>The look-alikes could not be listed: {error}</source>
        <translation>Не вдалося показати схожі: {error}</translation>
    </message>
    <message>
        <source>{distance} of 64</source>
        <translation>{distance} із 64</translation>
    </message>
    <message>
        <source>Pairs that look alike: {count}.</source>
        <translation>Схожих пар: {count}.</translation>
    </message>
    <message>
        <source>No items look alike at this distance.</source>
        <translation>За такої відстані схожих елементів немає.</translation>
    </message>
    <message>
        <source>Not compared yet, their hashes being computed in the background: {count}.</source>
        <translation>Ще не порівняні, їхні геші обчислюються у фоні: {count}.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>Bundle {bundle}, sealed by key {sender}, received {day}</source>
        <translation>Пакет {bundle}, запечатаний ключем {sender}, отримано {day}</translation>
    </message>
    <message>
        <source>Added here, {day}</source>
        <translation>Додано тут, {day}</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>Nothing here yet.
Drag files or folders onto this window, or use Add files.</source>
        <translation>Тут поки що нічого немає.
Перетягніть файли чи теки в це вікно або скористайтеся кнопкою «Додати файли».</translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>Немає відповідних матеріалів.</translation>
    </message>
    <message numerus="yes">
        <source>Take %n item(s) out of the case “{name}”</source>
        <translation>
            <numerusform>Вилучити %n матеріал зі справи «{name}»</numerusform>
            <numerusform>Вилучити %n матеріали зі справи «{name}»</numerusform>
            <numerusform>Вилучити %n матеріалів зі справи «{name}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Video</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Відтворити або призупинити</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Відтворити або призупинити (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Гучність</translation>
    </message>
</context>
<context>
    <name>MetadataText</name>
    <message>
        <source>{time} (no zone recorded)</source>
        <translation>{time} (часовий пояс не записано)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>пн. ш.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>пд. ш.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>сх. д.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>зх. д.</translation>
    </message>
    <message>
        <source>as stored</source>
        <translation>як збережено</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Показати парольну фразу</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторіть її</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабка</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Посередня</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надійна</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are strong and easy to remember.</source>
        <translation>Порада: чотири або більше не пов’язаних між собою слів — це надійно й легко запам’ятати.</translation>
    </message>
    <message>
        <source>{label} — rough estimate, about {bits} bits. Longer is better.</source>
        <translation>{label} — приблизна оцінка, близько {bits} біт. Що довша, то краще.</translation>
    </message>
    <message>
        <source>Choose a passphrase. It cannot be empty.</source>
        <translation>Придумайте парольну фразу. Вона не може бути порожньою.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same one twice.</source>
        <translation>Дві парольні фрази різняться. Введіть ту саму двічі.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document page</source>
        <translation>Сторінка документа</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source> Page </source>
        <translation> Сторінка </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Уся сторінка</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>За шириною</translation>
    </message>
    <message>
        <source> of {n} </source>
        <translation> з {n} </translation>
    </message>
    <message>
        <source> (this PDF could not be opened)</source>
        <translation> (цей PDF не вдалося відкрити)</translation>
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
        <translation>Додати рамку</translation>
    </message>
    <message>
        <source>Adds a box in the middle; or drag on the picture</source>
        <translation>Додає рамку посередині; або проведіть по знімку</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Видалити рамку</translation>
    </message>
    <message>
        <source>Reset to detected</source>
        <translation>Повернути знайдені</translation>
    </message>
    <message>
        <source>Show as published</source>
        <translation>Показати, як буде опубліковано</translation>
    </message>
    <message>
        <source>Shows the boxes hidden as they will be in the copy</source>
        <translation>Показує рамки прихованими, як вони будуть у копії</translation>
    </message>
    <message>
        <source>Every face must be covered: add a box over any face the detector missed, including faces in the background, in reflections and on screens.</source>
        <translation>Кожне обличчя має бути закрите: додайте рамку на кожне обличчя, яке детектор пропустив, зокрема на обличчя на задньому плані, у відображеннях і на екранах.</translation>
    </message>
    <message>
        <source>Confirm boxes</source>
        <translation>Підтвердити рамки</translation>
    </message>
    <message>
        <source>Boxes to hide</source>
        <translation>Що буде приховано</translation>
    </message>
    <message>
        <source>{n} · detected</source>
        <translation>{n} · знайдено</translation>
    </message>
    <message>
        <source>{n} · detected {score}</source>
        <translation>{n} · знайдено {score}</translation>
    </message>
    <message>
        <source>{n} · added by you</source>
        <translation>{n} · додано вами</translation>
    </message>
    <message>
        <source>{w} × {h} pixels at {x}, {y}</source>
        <translation>{w} × {h} пікселів у точці {x}, {y}</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) will be hidden</source>
        <translation>
            <numerusform>%n рамку буде приховано</numerusform>
            <numerusform>%n рамки буде приховано</numerusform>
            <numerusform>%n рамок буде приховано</numerusform>
        </translation>
    </message>
    <message>
        <source>({detected} detected, {added} added by you).</source>
        <translation>(знайдено: {detected}, додано вами: {added}).</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>What kind of copies</source>
        <translation>Які копії</translation>
    </message>
    <message>
        <source>Originals for investigators</source>
        <translation>Оригінали для слідчих</translation>
    </message>
    <message>
        <source>The files exactly as they entered the archive, with all their metadata (place, time, device), sealed in an encrypted, signed bundle only the chosen recipients can open.</source>
        <translation>Файли точно такими, якими вони надійшли до архіву, з усіма метаданими (місце, час, пристрій), запечатані в зашифрований підписаний пакет, який можуть відкрити лише вибрані отримувачі.</translation>
    </message>
    <message>
        <source>Sanitized copies</source>
        <translation>Очищені копії</translation>
    </message>
    <message>
        <source>Copies with location, device and personal metadata removed, also sealed in a bundle. Files the program cannot clean stop the export.</source>
        <translation>Копії, з яких вилучено метадані про місцезнаходження, пристрій та особисті дані, також запечатані в пакет. Файли, які програма не може очистити, зупиняють експорт.</translation>
    </message>
    <message>
        <source>Anonymised copies for publishing</source>
        <translation>Анонімізовані копії для публікації</translation>
    </message>
    <message>
        <source>Copies with every face hidden (you check the boxes the program finds, and add any it missed), voices disguised if you choose, and all metadata removed, sealed in a bundle. Who checked them is kept in this archive&apos;s custody record.</source>
        <translation>Копії, у яких приховано кожне обличчя (ви перевіряєте рамки, знайдені програмою, і додаєте пропущені), голоси змінено, якщо ви це оберете, і видалено всі метадані, запечатані в пакет. Хто їх перевірив, записується до журналу зберігання цього архіву.</translation>
    </message>
    <message>
        <source>Plain sanitized files to a folder</source>
        <translation>Звичайні очищені файли в теку</translation>
    </message>
    <message>
        <source>Sanitized copies written as ordinary, unencrypted files, for publishing. No signatures or custody proofs travel with them.</source>
        <translation>Очищені копії, записані як звичайні незашифровані файли, для публікації. Жодні підписи чи підтвердження ланцюга зберігання разом із ними не передаються.</translation>
    </message>
    <message>
        <source>Withhold from the originals (places and times are always kept; each file then travels as a copy with only these fields cut out, listed with the original&apos;s hash):</source>
        <translation>Приховати в оригіналах (місця й час завжди зберігаються; тоді кожен файл передається як копія, з якої вирізано лише ці поля, із зазначенням хешу оригіналу):</translation>
    </message>
    <message>
        <source>serial numbers</source>
        <translation>серійні номери</translation>
    </message>
    <message>
        <source>make and model</source>
        <translation>марка й модель</translation>
    </message>
    <message>
        <source>software</source>
        <translation>програмне забезпечення</translation>
    </message>
    <message>
        <source>owner names</source>
        <translation>імена власників</translation>
    </message>
    <message>
        <source>Withhold {what}</source>
        <translation>Приховати: {what}</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Exporting</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Підготовка…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Хід експорту</translation>
    </message>
    <message>
        <source>Making the sanitized copies…</source>
        <translation>Створення очищених копій…</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Запечатування…</translation>
    </message>
    <message>
        <source>Hiding the faces and sealing…</source>
        <translation>Приховуємо обличчя і запечатуємо…</translation>
    </message>
    <message>
        <source>Checking the sealed bundle…</source>
        <translation>Перевірка запечатаного пакета…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} з {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупинка…</translation>
    </message>
    <message>
        <source>Export cancelled. The half-written output was deleted.</source>
        <translation>Експорт скасовано. Частково записаний результат видалено.</translation>
    </message>
    <message>
        <source>The export stopped. Nothing was kept.</source>
        <translation>Експорт зупинився. Нічого не збережено.</translation>
    </message>
</context>
<context>
    <name>ProofModeSection</name>
    <message>
        <source>ProofMode proof</source>
        <translation>Доказ ProofMode</translation>
    </message>
    <message>
        <source>no ProofMode proof came with it</source>
        <translation>з ним не надійшло доказу ProofMode</translation>
    </message>
    <message>
        <source>{what}: signature valid, by the export&apos;s key {key}</source>
        <translation>{what}: підпис дійсний, ключем з експорту {key}</translation>
    </message>
    <message>
        <source>{what}: BAD signature: these bytes are not what key {key} signed</source>
        <translation>{what}: ПОГАНИЙ підпис: це не ті байти, що їх підписав ключ {key}</translation>
    </message>
    <message>
        <source>{what}: signature does not match: it signs another file ({other})</source>
        <translation>{what}: підпис не збігається: він підписує інший файл ({other})</translation>
    </message>
    <message>
        <source>{what}: signed by key {key}, which is not in the export: NOT verified</source>
        <translation>{what}: підписано ключем {key}, якого немає в експорті: НЕ перевірено</translation>
    </message>
    <message>
        <source>{what}: the export has no public key (pubkey.asc): signature NOT verified</source>
        <translation>{what}: в експорті немає відкритого ключа (pubkey.asc): підпис НЕ перевірено</translation>
    </message>
    <message>
        <source>{what}: not a readable OpenPGP signature ({reason})</source>
        <translation>{what}: це не придатний до читання підпис OpenPGP ({reason})</translation>
    </message>
    <message>
        <source>{what}: signature NOT checked: {reason}</source>
        <translation>{what}: підпис НЕ перевірено: {reason}</translation>
    </message>
    <message>
        <source>{what}: no signature</source>
        <translation>{what}: немає підпису</translation>
    </message>
    <message>
        <source>{what}: the proof&apos;s hash matches this file</source>
        <translation>{what}: геш у доказі збігається з цим файлом</translation>
    </message>
    <message>
        <source>{what}: the proof is for another file (SHA-256 {recorded}), NOT this one</source>
        <translation>{what}: доказ — для іншого файлу (SHA-256 {recorded}), НЕ для цього</translation>
    </message>
    <message>
        <source>{what}: the proof cannot be read ({reason})</source>
        <translation>{what}: доказ неможливо прочитати ({reason})</translation>
    </message>
    <message>
        <source>timestamp: pending at {count} calendar(s), for this file&apos;s hash (not yet in Bitcoin)</source>
        <translation>позначка часу: очікує в {count} календарі(ях), для геша цього файлу (ще не в Bitcoin)</translation>
    </message>
    <message>
        <source>timestamp: in Bitcoin block {height} for this file&apos;s hash (Merkle root {root}; check it against the block chain with `ots verify`)</source>
        <translation>позначка часу: у блоці Bitcoin {height} для геша цього файлу (корінь Меркла {root}; перевірте його за ланцюжком блоків за допомогою `ots verify`)</translation>
    </message>
    <message>
        <source>timestamp: it is for another hash ({digest}), NOT this file</source>
        <translation>позначка часу: вона для іншого геша ({digest}), НЕ для цього файлу</translation>
    </message>
    <message>
        <source>timestamp: the proof cannot be read ({reason})</source>
        <translation>позначка часу: доказ неможливо прочитати ({reason})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>the proof (CSV)</source>
        <translation>доказ (CSV)</translation>
    </message>
    <message>
        <source>the proof (JSON)</source>
        <translation>доказ (JSON)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вкладення:</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Signed by {signer} ({generator}); the file has not been changed since it was signed. The signer is trusted: its certificate chain ends at an anchor installed in this vault.</source>
        <translation>Підписано: {signer} ({generator}); файл не змінювався від моменту підпису. Тому, хто підписав, довіряють: ланцюжок його сертифікатів закінчується якорем довіри, встановленим у цьому сховищі.</translation>
    </message>
    <message>
        <source>Valid signature, signer not in a trusted list: signed by {signer} ({generator}); the file has not been changed since it was signed. No anchor installed in this vault vouches for who the signer is.</source>
        <translation>Підпис дійсний, того, хто підписав, немає в списку довірених: підписано {signer} ({generator}); файл не змінювався від моменту підпису. Жоден якір довіри в цьому сховищі не підтверджує, хто підписав.</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING: the file&apos;s bytes no longer match the hash in its Content Credentials (signed by {signer}, {generator}). It was altered after signing: the claim does not describe this file.</source>
        <translation>ЗМІНЕНО ПІСЛЯ ПІДПИСУ: байти файлу більше не збігаються з гешем у його облікових даних вмісту (підписано {signer}, {generator}). Файл змінили після підпису: твердження не описує цей файл.</translation>
    </message>
    <message>
        <source>INVALID SIGNATURE: the signature of the Content Credentials or the certificate that made it does not hold ({codes}). Nothing in them can be relied on.</source>
        <translation>НЕДІЙСНИЙ ПІДПИС: підпис облікових даних вмісту або сертифікат, яким його зроблено, не підтверджуються ({codes}). Нічому в них не можна довіряти.</translation>
    </message>
    <message>
        <source>MANIFEST DAMAGED: the parts of the Content Credentials do not match each other (edited or broken: {codes}). Nothing in them can be relied on.</source>
        <translation>МАНІФЕСТ ПОШКОДЖЕНО: частини облікових даних вмісту не збігаються між собою (змінено або пошкоджено: {codes}). Нічому в них не можна довіряти.</translation>
    </message>
    <message>
        <source>The file&apos;s Content Credentials are kept on the network ({url}) and were not fetched: this program never goes online. Nothing about them is known.</source>
        <translation>Облікові дані вмісту цього файлу зберігаються в мережі ({url}) і не були завантажені: ця програма ніколи не виходить у мережу. Про них нічого не відомо.</translation>
    </message>
    <message>
        <source>No Content Credentials (C2PA) in this file. That proves nothing either way: most files have none, and many apps remove them.</source>
        <translation>У цьому файлі немає облікових даних вмісту (C2PA). Це нічого не доводить: більшість файлів їх не має, і багато застосунків їх видаляють.</translation>
    </message>
    <message>
        <source>Content Credentials could not be read ({problem}). This is a failure of the reader, not a finding about the file: check it with c2patool.</source>
        <translation>Не вдалося прочитати облікові дані вмісту ({problem}). Це збій програми читання, а не висновок про файл: перевірте його за допомогою c2patool.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Signed on {time}, by the clock of a timestamp authority.</source>
        <translation>Підписано {time} за годинником служби міток часу.</translation>
    </message>
    <message>
        <source>The manifest has no timestamp: when it was signed is not attested, only claimed.</source>
        <translation>У маніфесті немає мітки часу: час підпису не засвідчено, лише заявлено.</translation>
    </message>
    <message>
        <source>The manifest says it was recorded by a device (digital capture).</source>
        <translation>Маніфест стверджує, що файл записано пристроєм (цифрова зйомка).</translation>
    </message>
    <message>
        <source>MADE OR CHANGED BY AI, says the manifest: {actions}.</source>
        <translation>СТВОРЕНО АБО ЗМІНЕНО ШІ, за словами маніфесту: {actions}.</translation>
    </message>
    <message>
        <source>Actions the manifest records: {actions}.</source>
        <translation>Дії, записані в маніфесті: {actions}.</translation>
    </message>
    <message>
        <source>A valid signature proves who signed and that the bytes did not change since; it does not prove that what the file shows is true.</source>
        <translation>Дійсний підпис доводить, хто підписав і що байти відтоді не змінювалися; він не доводить, що показане у файлі — правда.</translation>
    </message>
    <message>
        <source>An ingredient&apos;s own Content Credentials do not hold: {codes}.</source>
        <translation>Власні облікові дані вмісту одного з вихідних файлів не підтверджуються: {codes}.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>c2pa validation state</source>
        <translation>Стан перевірки c2pa</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>Прочитано за допомогою</translation>
    </message>
    <message>
        <source>Trust anchors installed</source>
        <translation>Встановлено якорів довіри</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Маніфест</translation>
    </message>
    <message>
        <source>Claim generator</source>
        <translation>Генератор твердження</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Хто підписав</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Серійний номер сертифіката</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Сертифікат дійсний</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Мітка часу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Вихідний файл</translation>
    </message>
    <message>
        <source>Identifies</source>
        <translation>Вказує на</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Збій</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Ланцюжок сертифікатів</translation>
    </message>
    <message>
        <source>{subject}, issued by {issuer}, valid {valid}, SHA-256 {sha256}</source>
        <translation>{subject}, виданий {issuer}, дійсний {valid}, SHA-256 {sha256}</translation>
    </message>
</context>
<context>
    <name>ProvenanceSection</name>
    <message>
        <source>Content Credentials verdict</source>
        <translation>Висновок про облікові дані вмісту</translation>
    </message>
    <message>
        <source>What the Content Credentials claim</source>
        <translation>Що стверджують облікові дані вмісту</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Показати подробиці</translation>
    </message>
    <message>
        <source>Content Credentials details</source>
        <translation>Подробиці облікових даних вмісту</translation>
    </message>
    <message>
        <source>Checked offline: nothing is fetched. A signer is trusted only when its certificate chain ends at a trust anchor installed in this vault (evidence-vault provenance trust add).</source>
        <translation>Перевірено без мережі: нічого не завантажується. Тому, хто підписав, довіряють, лише якщо ланцюжок його сертифікатів закінчується якорем довіри, встановленим у цьому сховищі (evidence-vault provenance trust add).</translation>
    </message>
    <message>
        <source>Not read yet: the vault is reading this file&apos;s Content Credentials.</source>
        <translation>Ще не прочитано: сховище читає облікові дані вмісту цього файлу.</translation>
    </message>
    <message>
        <source>The trust anchors changed since this was read; it is read again shortly.</source>
        <translation>Якорі довіри змінилися після читання; файл незабаром буде прочитано знову.</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Сховати подробиці</translation>
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
        <translation>Хто зможе відкрити</translation>
    </message>
    <message>
        <source>Tick who the bundle is for. Compare each fingerprint with the recipient by voice before you send anything.</source>
        <translation>Позначте, для кого цей пакет. Перш ніж щось надсилати, звірте голосом кожен відбиток ключа з отримувачем.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Отримувачі</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Додати отримувача…</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Додати отримувача</translation>
    </message>
    <message>
        <source>This archive&apos;s own key is always included…</source>
        <translation>Власний ключ цього архіву додається завжди…</translation>
    </message>
    <message>
        <source>This archive&apos;s own key</source>
        <translation>Власний ключ цього архіву</translation>
    </message>
    <message>
        <source>{name}
fingerprint {fp}</source>
        <translation>{name}
відбиток ключа {fp}</translation>
    </message>
    <message>
        <source>This archive&apos;s own key is always included, so you can reopen the bundle yourself (fingerprint {fp}).</source>
        <translation>Власний ключ цього архіву додається завжди, тож ви зможете самі знову відкрити пакет (відбиток ключа {fp}).</translation>
    </message>
    <message>
        <source>No recipients yet. Add one with “Add recipient…”.</source>
        <translation>Отримувачів ще немає. Додайте отримувача кнопкою «Додати отримувача…».</translation>
    </message>
    <message>
        <source>Could not add the recipient: {e}</source>
        <translation>Не вдалося додати отримувача: {e}</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Код відновлення</translation>
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
        <translation>Відбиток SHA-256 пакета</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Отримувачі</translation>
    </message>
    <message>
        <source>Custody anchor code</source>
        <translation>Код якоря журналу зберігання</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Запечатано для</translation>
    </message>
    <message>
        <source>Anchor code</source>
        <translation>Код якоря</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is sealed and was checked after writing. %n file(s) inside.</source>
        <translation>
            <numerusform>Пакет запечатано й перевірено після запису. Усередині %n файл.</numerusform>
            <numerusform>Пакет запечатано й перевірено після запису. Усередині %n файли.</numerusform>
            <numerusform>Пакет запечатано й перевірено після запису. Усередині %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>this archive — {fp}</source>
        <translation>цей архів — {fp}</translation>
    </message>
    <message>
        <source>Send the recipients the SHA-256 separately, and write the anchor code down somewhere outside this computer: it lets anyone check later that this archive&apos;s history was not rewritten.</source>
        <translation>Надішліть отримувачам SHA-256 окремо, а код якоря запишіть десь поза цим комп’ютером: він дає змогу будь-кому згодом перевірити, що історію цього архіву не було переписано.</translation>
    </message>
    <message numerus="yes">
        <source>%n cleaned file(s) were written and checked.</source>
        <translation>
            <numerusform>Записано й перевірено %n очищений файл.</numerusform>
            <numerusform>Записано й перевірено %n очищені файли.</numerusform>
            <numerusform>Записано й перевірено %n очищених файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are ordinary files: anyone who has the folder can read them.</source>
        <translation>Це звичайні файли: їх може прочитати будь-хто, хто має цю теку.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the faces to hide</source>
        <translation>Перевірте обличчя, які треба приховати</translation>
    </message>
    <message>
        <source>Look at every picture and the whole of every video. Add a box over each face the detector missed, remove boxes that are not faces, then confirm. Nothing is written until the export.</source>
        <translation>Перегляньте кожне зображення і кожне відео повністю. Додайте рамку на кожне обличчя, яке детектор пропустив, видаліть рамки без облич, потім підтвердьте. Нічого не записується до експорту.</translation>
    </message>
    <message>
        <source>Files to check</source>
        <translation>Файли для перевірки</translation>
    </message>
    <message>
        <source>Your name or initials, kept in the archive&apos;s custody record</source>
        <translation>Ваше ім’я або ініціали, зберігаються в журналі зберігання архіву</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Перевірив(-ла)</translation>
    </message>
    <message>
        <source>Disguise voices in videos and recordings</source>
        <translation>Змінювати голоси у відео та записах</translation>
    </message>
    <message>
        <source>A sound recording: no faces to hide. Tick “Disguise voices” to change the voice.</source>
        <translation>Звукозапис: облич немає. Позначте «Змінювати голоси», щоб змінити голос.</translation>
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
        <translation>Що передається разом із файлами</translation>
    </message>
    <message>
        <source>Reading the metadata of each file…</source>
        <translation>Зчитування метаданих кожного файлу…</translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation>Зчитування метаданих</translation>
    </message>
    <message>
        <source>Metadata of each file and what happens to it</source>
        <translation>Метадані кожного файлу та що з ними станеться</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ризик</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>A cleaned copy carries no Content Credentials (C2PA): they are removed with the other metadata, and a changed copy can no longer carry a valid claim about the original. The original in the vault keeps them; send the original where they must be checked.</source>
        <translation>Очищена копія не містить облікових даних вмісту (C2PA): їх видаляють разом з іншими метаданими, і змінена копія вже не може мати дійсного твердження про оригінал. Оригінал у сховищі їх зберігає; надсилайте оригінал туди, де їх треба перевірити.</translation>
    </message>
    <message>
        <source>About Content Credentials in cleaned copies</source>
        <translation>Про облікові дані вмісту в очищених копіях</translation>
    </message>
    <message>
        <source>The metadata could not be read: {e}</source>
        <translation>Не вдалося прочитати метадані: {e}</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>приховано</translation>
    </message>
    <message>
        <source>CANNOT be withheld</source>
        <translation>НЕМОЖЛИВО приховати</translation>
    </message>
    <message>
        <source>kept (original)</source>
        <translation>збережено (оригінал)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>збережено</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>перекодовано</translation>
    </message>
    <message>
        <source>CANNOT be removed</source>
        <translation>НЕМОЖЛИВО вилучити</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>CANNOT withhold the chosen fields</source>
        <translation>НЕМОЖЛИВО приховати вибрані поля</translation>
    </message>
    <message>
        <source>sent with the chosen fields withheld</source>
        <translation>передається з прихованими вибраними полями</translation>
    </message>
    <message>
        <source>sent unchanged</source>
        <translation>передається без змін</translation>
    </message>
    <message>
        <source>CANNOT be cleaned</source>
        <translation>НЕМОЖЛИВО очистити</translation>
    </message>
    <message>
        <source>can be cleaned</source>
        <translation>можна очистити</translation>
    </message>
    <message>
        <source>Cannot withhold</source>
        <translation>Неможливо приховати</translation>
    </message>
    <message>
        <source>Cannot clean</source>
        <translation>Неможливо очистити</translation>
    </message>
    <message>
        <source>No metadata found</source>
        <translation>Метаданих не знайдено</translation>
    </message>
    <message>
        <source>Fields marked &apos;withheld&apos; are cut out of the copies sent.</source>
        <translation>Поля з позначкою «приховано» вирізаються з надісланих копій.</translation>
    </message>
    <message numerus="yes">
        <source>The chosen fields cannot be withheld from %n file(s) (in red). Go back and leave them out, or withhold nothing.</source>
        <translation>
            <numerusform>Вибрані поля неможливо приховати в %n файлі (позначено червоним). Поверніться назад і вилучіть його з експорту або нічого не приховуйте.</numerusform>
            <numerusform>Вибрані поля неможливо приховати в %n файлах (позначено червоним). Поверніться назад і вилучіть їх з експорту або нічого не приховуйте.</numerusform>
            <numerusform>Вибрані поля неможливо приховати в %n файлах (позначено червоним). Поверніться назад і вилучіть їх з експорту або нічого не приховуйте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals leave as they are, except the fields marked &apos;withheld&apos;, which are cut out of the copies sent; every other field goes with them. Only the recipients can read them.</source>
        <translation>Оригінали передаються такими, як є, крім полів із позначкою «приховано», які вирізаються з надісланих копій; усі інші поля передаються разом із ними. Прочитати їх можуть лише отримувачі.</translation>
    </message>
    <message>
        <source>Originals leave exactly as they are: every field below goes with them. Only the recipients can read them.</source>
        <translation>Оригінали передаються точно такими, як є: усі поля нижче передаються разом із ними. Прочитати їх можуть лише отримувачі.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be cleaned as shown.</source>
        <translation>
            <numerusform>%n файл буде очищено, як показано.</numerusform>
            <numerusform>%n файли буде очищено, як показано.</numerusform>
            <numerusform>%n файлів буде очищено, як показано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be cleaned (in red). Go back and leave them out, or send originals.</source>
        <translation>
            <numerusform>%n файл неможливо очистити (позначено червоним). Поверніться назад і вилучіть його з експорту або надішліть оригінали.</numerusform>
            <numerusform>%n файли неможливо очистити (позначено червоним). Поверніться назад і вилучіть їх з експорту або надішліть оригінали.</numerusform>
            <numerusform>%n файлів неможливо очистити (позначено червоним). Поверніться назад і вилучіть їх з експорту або надішліть оригінали.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) can be cleaned as shown.</source>
        <translation>
            <numerusform>%n файл можна очистити, як показано.</numerusform>
            <numerusform>Усі %n файли можна очистити, як показано.</numerusform>
            <numerusform>Усі %n файлів можна очистити, як показано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Words to find in names, statements, tags and cases</source>
        <translation>Слова для пошуку в назвах, свідченнях, мітках і справах</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Слова для пошуку</translation>
    </message>
    <message>
        <source>What to find</source>
        <translation>Що шукати</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Відео</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудіо</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Будь-яка справа</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Будь-яка мітка</translation>
    </message>
    <message>
        <source>With a position</source>
        <translation>З координатами</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Type at least one word.</source>
        <translation>Введіть хоча б одне слово.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>The search could not run: {e}</source>
        <translation>Не вдалося виконати пошук: {e}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing contains these words.</source>
        <translation>Ці слова ніде не знайдено.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Новий код відновлення</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one: the old code stops working at once. Write the new code on paper and destroy the old paper.</source>
        <translation>Новий код відновлення замінює старий: старий код одразу перестає діяти. Запишіть новий код на папері, а папір зі старим кодом знищте.</translation>
    </message>
    <message>
        <source>The archive is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. The old passphrase stops working. The recovery code still works.</source>
        <translation>Архів не перешифровується: лише ключ, який його відкриває, заново захищається новою парольною фразою. Стара парольна фраза перестає діяти. Код відновлення й далі діє.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Код записано</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Створити новий код</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Це не поточна парольна фраза.</translation>
    </message>
</context>
<context>
    <name>SensitivePane</name>
    <message>
        <source>Sensitive: the witness&apos;s identity and consent</source>
        <translation>Конфіденційно: дані особи свідка та згода</translation>
    </message>
    <message>
        <source>Sensitive — kept apart from the statement</source>
        <translation>Конфіденційно — зберігається окремо від свідчення</translation>
    </message>
    <message>
        <source>The real name and contact are never part of a version, never searched and never written to the custody log. Exports use the pseudonym unless the witness agreed to be named.</source>
        <translation>Справжнє ім’я та контакт ніколи не входять до версії, за ними ніколи не виконується пошук, і вони ніколи не записуються в журнал зберігання. Під час експорту використовується псевдонім, якщо свідок не дав згоди на зазначення свого імені.</translation>
    </message>
    <message>
        <source>Real name (hidden)</source>
        <translation>Справжнє ім’я (приховано)</translation>
    </message>
    <message>
        <source>Contact (hidden)</source>
        <translation>Контакт (приховано)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show the real name and contact</source>
        <translation>Показати справжнє ім’я та контакт</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Зберегти дані особи</translation>
    </message>
    <message>
        <source>Save the real name and contact</source>
        <translation>Зберегти справжнє ім’я та контакт</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Справжнє ім’я</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Who may see the statement</source>
        <translation>Хто може бачити свідчення</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Ще не зафіксовано</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Поки що ніхто</translation>
    </message>
    <message>
        <source>Only named investigators</source>
        <translation>Лише зазначені слідчі</translation>
    </message>
    <message>
        <source>Investigators in general</source>
        <translation>Слідчі загалом</translation>
    </message>
    <message>
        <source>The public, when anonymised</source>
        <translation>Громадськість, після анонімізації</translation>
    </message>
    <message>
        <source>Investigators named in the consent, separated by commas</source>
        <translation>Слідчі, зазначені в згоді, через кому</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Імена через кому</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Можна зазначати ім’я</translation>
    </message>
    <message>
        <source>The witness agreed to be named</source>
        <translation>Свідок дав згоду на зазначення свого імені</translation>
    </message>
    <message>
        <source>Publish only with the face hidden</source>
        <translation>Публікувати лише з прихованим обличчям</translation>
    </message>
    <message>
        <source>Published copies of the linked items must have the faces hidden</source>
        <translation>В опублікованих копіях пов’язаних файлів обличчя мають бути приховані</translation>
    </message>
    <message>
        <source>Publish only with the voice disguised</source>
        <translation>Публікувати лише зі зміненим голосом</translation>
    </message>
    <message>
        <source>Published copies of the linked items must have the voices disguised</source>
        <translation>В опублікованих копіях пов’язаних файлів голоси мають бути змінені</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Дата надання згоди</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Як надано згоду</translation>
    </message>
    <message>
        <source>e.g. orally, recorded on audio</source>
        <translation>напр., усно, записано на аудіо</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Зафіксувати згоду</translation>
    </message>
    <message>
        <source>Date consent was withdrawn</source>
        <translation>Дата відкликання згоди</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Відкликати згоду</translation>
    </message>
    <message>
        <source>Record that the witness withdrew consent</source>
        <translation>Зафіксувати, що свідок відкликав згоду</translation>
    </message>
    <message>
        <source>May be seen by</source>
        <translation>Хто може бачити</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Слідчі</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата надання</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата відкликання</translation>
    </message>
    <message>
        <source>Real name in rendered PDFs</source>
        <translation>Справжнє ім’я у сформованих PDF</translation>
    </message>
    <message>
        <source>Put the real name in rendered PDFs</source>
        <translation>Включати справжнє ім’я у сформовані PDF</translation>
    </message>
    <message>
        <source>Only when the witness agreed to be named and consent stands.</source>
        <translation>Лише якщо свідок дав згоду на зазначення свого імені і згода чинна.</translation>
    </message>
    <message>
        <source>For a new statement, identity and consent are saved with it.</source>
        <translation>Для нового свідчення дані особи та згода зберігаються разом із ним.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Дані особи</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>No consent recorded: the statement cannot be exported.</source>
        <translation>Згоду не зафіксовано: свідчення не можна експортувати.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}: nothing of this statement may be exported.</source>
        <translation>Згоду відкликано {date}: жодну частину цього свідчення не можна експортувати.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>поки що ніхто</translation>
    </message>
    <message>
        <source>investigators in general</source>
        <translation>слідчі загалом</translation>
    </message>
    <message>
        <source>only {names}</source>
        <translation>лише {names}</translation>
    </message>
    <message>
        <source>the public, when anonymised</source>
        <translation>громадськість, після анонімізації</translation>
    </message>
    <message>
        <source>The witness may be named.</source>
        <translation>Ім’я свідка можна зазначати.</translation>
    </message>
    <message>
        <source>The witness must not be named.</source>
        <translation>Ім’я свідка зазначати не можна.</translation>
    </message>
    <message>
        <source>Published copies must hide the face.</source>
        <translation>Опубліковані копії мають приховувати обличчя.</translation>
    </message>
    <message>
        <source>Published copies must disguise the voice.</source>
        <translation>Опубліковані копії мають змінювати голос.</translation>
    </message>
    <message>
        <source>Published copies must hide the face and disguise the voice.</source>
        <translation>Опубліковані копії мають приховувати обличчя і змінювати голос.</translation>
    </message>
    <message>
        <source>Current consent: may be seen by {who}. {named} Given {date} ({how}).</source>
        <translation>Поточна згода: хто може бачити — {who}. {named} Надано {date} ({how}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Через %n хвилину бездіяльності</numerusform>
            <numerusform>Через %n хвилини бездіяльності</numerusform>
            <numerusform>Через %n хвилин бездіяльності</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блокування</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блокувати автоматично</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Блокувати, коли вікно згорнуто</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольна фраза під примусом</translation>
    </message>
    <message>
        <source>A second passphrase for when someone forces you to open the archive. It opens a decoy archive and destroys the real one at the same moment, for good: nobody can recover it, not you either. Seal your evidence for investigators you trust before you set it up.</source>
        <translation>Друга парольна фраза на випадок, коли вас змушують відкрити архів. Вона відкриває архів-приманку і в ту саму мить знищує справжній архів — назавжди: ніхто не зможе його відновити, навіть ви. Перш ніж налаштувати її, запечатайте свої докази для слідчих, яким довіряєте.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Set up or change…</source>
        <translation>Налаштувати або змінити…</translation>
    </message>
    <message>
        <source>Set up the duress passphrase and its decoy</source>
        <translation>Налаштувати парольну фразу під примусом та її архів-приманку</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>The archive</source>
        <translation>Архів</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Розташування</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Відбиток ключа підпису</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ підпису</translation>
    </message>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Парольна фраза та код відновлення</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Змінити парольну фразу…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Новий код відновлення…</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Парольну фразу під примусом налаштовано.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольну фразу під примусом не налаштовано.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were never sealed to anyone. If this computer is lost or taken, they are lost too: export them in a bundle to an investigator you trust.</source>
        <translation>
            <numerusform>%n матеріал ще жодного разу не був запечатаний ні для кого. Якщо цей комп’ютер буде втрачено або вилучено, ви втратите й цей матеріал: експортуйте його в пакеті для слідчого, якому довіряєте.</numerusform>
            <numerusform>%n матеріали ще жодного разу не були запечатані ні для кого. Якщо цей комп’ютер буде втрачено або вилучено, ви втратите й ці матеріали: експортуйте їх у пакеті для слідчого, якому довіряєте.</numerusform>
            <numerusform>%n матеріалів ще жодного разу не були запечатані ні для кого. Якщо цей комп’ютер буде втрачено або вилучено, ви втратите й ці матеріали: експортуйте їх у пакеті для слідчого, якому довіряєте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item has been sealed in a bundle at least once.</source>
        <translation>Кожен матеріал принаймні раз було запечатано в пакет.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Нова мова діятиме з наступного запуску програми.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sections: all items, cases, tags and types</source>
        <translation>Розділи: усі матеріали, справи, мітки й типи</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Усі матеріали</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Типи</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>поки немає</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Нова справа…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Редагувати справу…</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Statement</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Statement and versions</source>
        <translation>Свідчення та версії</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save (Ctrl+S). Saving an existing statement adds a version.</source>
        <translation>Зберегти (Ctrl+S). Збереження наявного свідчення додає нову версію.</translation>
    </message>
    <message>
        <source>Render to PDF…</source>
        <translation>Сформувати PDF…</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Нове свідчення</translation>
    </message>
    <message>
        <source>Saved as version 1. Later changes add versions; none is lost.</source>
        <translation>Збережено як версію 1. Подальші зміни додають нові версії; жодна не втрачається.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Statement {id}: {title}</source>
        <translation>Свідчення {id}: {title}</translation>
    </message>
    <message>
        <source>Version {n} of {total}, recorded {when}. SHA-256 {sha}</source>
        <translation>Версія {n} з {total}, записано {when}. SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>This statement has changes that are not saved. If you leave it now, they are lost.

Discard the changes?</source>
        <translation>У цьому свідченні є незбережені зміни. Якщо залишити його зараз, вони зникнуть.

Відкинути зміни?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Saved as statement {id}, version 1.</source>
        <translation>Збережено як свідчення {id}, версія 1.</translation>
    </message>
    <message>
        <source>Nothing changed, so no new version was made.</source>
        <translation>Нічого не змінилося, тому нову версію не створено.</translation>
    </message>
    <message>
        <source>Saved as version {n}. Earlier versions remain.</source>
        <translation>Збережено як версію {n}. Попередні версії збережено.</translation>
    </message>
    <message>
        <source>Identity saved, apart from the statement.</source>
        <translation>Дані особи збережено окремо від свідчення.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Згоду зафіксовано.</translation>
    </message>
    <message>
        <source>Consent withdrawn: nothing of this statement may be exported now.</source>
        <translation>Згоду відкликано: відтепер жодну частину цього свідчення не можна експортувати.</translation>
    </message>
    <message>
        <source>Added to the case {name}.</source>
        <translation>Додано до справи {name}.</translation>
    </message>
    <message>
        <source>Render the statement to PDF</source>
        <translation>Сформувати свідчення у PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} уже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Формування…</translation>
    </message>
    <message>
        <source>Wrote {path} (recorded in the custody log).</source>
        <translation>Записано {path} (зафіксовано в журналі зберігання).</translation>
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
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Events began</source>
        <translation>Початок подій</translation>
    </message>
    <message>
        <source>Events ended</source>
        <translation>Кінець подій</translation>
    </message>
    <message>
        <source>Dates approximate</source>
        <translation>Дати приблизні</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Коли (словами)</translation>
    </message>
    <message>
        <source>Place of the events</source>
        <translation>Місце подій</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <source>Perpetrators as described</source>
        <translation>Виконавці (за описом)</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Травми</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Ділянки тіла</translation>
    </message>
    <message>
        <source>Medical care and documents</source>
        <translation>Медична допомога та документи</translation>
    </message>
    <message>
        <source>Witnesses mentioned</source>
        <translation>Згадані свідки</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Інтерв’юер</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата інтерв’ю</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>head</source>
        <translation>голова</translation>
    </message>
    <message>
        <source>face</source>
        <translation>обличчя</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>шия</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>грудна клітка</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>живіт</translation>
    </message>
    <message>
        <source>back</source>
        <translation>спина</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>сідниці</translation>
    </message>
    <message>
        <source>genitals</source>
        <translation>статеві органи</translation>
    </message>
    <message>
        <source>left arm</source>
        <translation>ліва рука</translation>
    </message>
    <message>
        <source>right arm</source>
        <translation>права рука</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>ліва кисть</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>права кисть</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>ліва нога</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>права нога</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>ліва стопа</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>права стопа</translation>
    </message>
</context>
<context>
    <name>StatementForm</name>
    <message>
        <source>Pseudonym of the witness</source>
        <translation>Псевдонім свідка</translation>
    </message>
    <message>
        <source>The name the witness is referred to by</source>
        <translation>Ім’я, під яким згадується свідок</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>A short title, e.g. Detention near the metro</source>
        <translation>Короткий заголовок, напр., Затримання біля метро</translation>
    </message>
    <message>
        <source>Statement: what the witness said, in their words</source>
        <translation>Свідчення: що сказав свідок, його словами</translation>
    </message>
    <message>
        <source>What the witness said, in their words.</source>
        <translation>Що сказав свідок, його власними словами.</translation>
    </message>
    <message>
        <source>2020-08-10 or 2020-08-10T22:30</source>
        <translation>2020-08-10 або 2020-08-10T22:30</translation>
    </message>
    <message>
        <source>When the events began</source>
        <translation>Коли події почалися</translation>
    </message>
    <message>
        <source>optional, for a range</source>
        <translation>необов’язково, для проміжку</translation>
    </message>
    <message>
        <source>When the events ended (optional)</source>
        <translation>Коли події закінчилися (необов’язково)</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизно</translation>
    </message>
    <message>
        <source>The dates are approximate</source>
        <translation>Дати приблизні</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Коли (словами)</translation>
    </message>
    <message>
        <source>e.g. the night of 9 to 10 August, after the curfew</source>
        <translation>напр., ніч з 9 на 10 серпня, після комендантської години</translation>
    </message>
    <message>
        <source>Place of the events</source>
        <translation>Місце подій</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <source>Perpetrators as described</source>
        <translation>Виконавці (за описом)</translation>
    </message>
    <message>
        <source>Units, uniforms, vehicles, names or numbers heard</source>
        <translation>Підрозділи, форма, транспорт, почуті імена чи номери</translation>
    </message>
    <message>
        <source>Injuries, in the witness&apos;s words</source>
        <translation>Травми, словами свідка</translation>
    </message>
    <message>
        <source>Medical care received and medical documents</source>
        <translation>Отримана медична допомога та медичні документи</translation>
    </message>
    <message>
        <source>Other witnesses mentioned</source>
        <translation>Інші згадані свідки</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Інтерв’юер</translation>
    </message>
    <message>
        <source>2020-09-01</source>
        <translation>2020-09-01</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата інтерв’ю</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Мова свідчення</translation>
    </message>
    <message>
        <source>e.g. Belarusian</source>
        <translation>напр., українська</translation>
    </message>
    <message>
        <source>Linked items of the archive</source>
        <translation>Пов’язані матеріали архіву</translation>
    </message>
    <message>
        <source>Link items…</source>
        <translation>Пов’язати матеріали…</translation>
    </message>
    <message>
        <source>Unlink selected</source>
        <translation>Від’єднати вибрані</translation>
    </message>
    <message>
        <source>Case to add the statement to</source>
        <translation>Справа, до якої додати свідчення</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Додати до справи</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Виконавці</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Травми</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Ділянки тіла</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Медична допомога</translation>
    </message>
    <message>
        <source>Witnesses mentioned</source>
        <translation>Згадані свідки</translation>
    </message>
    <message>
        <source>on</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Пов’язані матеріали</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обставини</translation>
    </message>
    <message>
        <source>In: {cases}</source>
        <translation>У справах: {cases}</translation>
    </message>
    <message>
        <source>In no case yet.</source>
        <translation>Ще не додано до жодної справи.</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Statements</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Нове свідчення</translation>
    </message>
    <message>
        <source>New statement (Ctrl+N)</source>
        <translation>Нове свідчення (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Statements: pseudonym, title, version and consent</source>
        <translation>Свідчення: псевдонім, заголовок, версія та згода</translation>
    </message>
    <message>
        <source>No statements yet. Use New statement to record one.</source>
        <translation>Свідчень ще немає. Щоб записати свідчення, натисніть «Нове свідчення».</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не зафіксовано</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Поки що ніхто</translation>
    </message>
    <message>
        <source>Named investigators</source>
        <translation>Зазначені слідчі</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Слідчі</translation>
    </message>
    <message>
        <source>Public, anonymised</source>
        <translation>Громадськість, анонімізовано</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>вер. {n}</translation>
    </message>
    <message numerus="yes">
        <source>{pseudonym}: {title}, %n version(s)</source>
        <translation>
            <numerusform>{pseudonym}: {title}, %n версія</numerusform>
            <numerusform>{pseudonym}: {title}, %n версії</numerusform>
            <numerusform>{pseudonym}: {title}, %n версій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsWindow</name>
    <message>
        <source>Statements</source>
        <translation>Свідчення</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln матеріал</numerusform>
            <numerusform>%Ln матеріали</numerusform>
            <numerusform>%Ln матеріалів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Ще не перевірено</translation>
    </message>
    <message>
        <source>Last verified {when}: all intact</source>
        <translation>Остання перевірка {when}: усе ціле</translation>
    </message>
    <message>
        <source>Last verified {when}: PROBLEMS FOUND</source>
        <translation>Остання перевірка {when}: ВИЯВЛЕНО ПРОБЛЕМИ</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Перевірка…</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n item(s): all intact.</source>
        <translation>
            <numerusform>Перевірено %n матеріал: усе ціле.</numerusform>
            <numerusform>Перевірено %n матеріали: усе ціле.</numerusform>
            <numerusform>Перевірено %n матеріалів: усе ціле.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: {e}</source>
        <translation>Не вдалося виконати перевірку: {e}</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n item(s) under “{name}”.</source>
        <translation>
            <numerusform>%n матеріал додано до справи «{name}».</numerusform>
            <numerusform>%n матеріали додано до справи «{name}».</numerusform>
            <numerusform>%n матеріалів додано до справи «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of “{name}”; they stay in the archive.</source>
        <translation>
            <numerusform>%n матеріал вилучено зі справи «{name}»; він залишається в архіві.</numerusform>
            <numerusform>%n матеріали вилучено зі справи «{name}»; вони залишаються в архіві.</numerusform>
            <numerusform>%n матеріалів вилучено зі справи «{name}»; вони залишаються в архіві.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackBars</name>
    <message>
        <source>Faces over time</source>
        <translation>Обличчя впродовж відео</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Archive</source>
        <translation>Архів</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>Відкрити інший архів…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Забули парольну фразу? Скористайтеся кодом відновлення</translation>
    </message>
    <message>
        <source>Type the 40-digit recovery code from your paper, then choose a new passphrase.</source>
        <translation>Введіть 40-значний код відновлення, записаний на папері, а потім придумайте нову парольну фразу.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код відновлення</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Розблокувати й установити нову парольну фразу</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Назад до парольної фрази</translation>
    </message>
    <message>
        <source>Location: {path}</source>
        <translation>Розташування: {path}</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Введіть код відновлення.</translation>
    </message>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Розблокування та встановлення нової парольної фрази…</translation>
    </message>
    <message>
        <source>That recovery code does not open this archive.</source>
        <translation>Цей код відновлення не відкриває цей архів.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Неправильна парольна фраза. Перевірте розкладку клавіатури та Caps Lock.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be opened: {e}</source>
        <translation>Архів пошкоджено, його неможливо відкрити: {e}</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Виберіть теку архіву</translation>
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
        <translation>Знайдені обличчя</translation>
    </message>
    <message>
        <source>Drop track</source>
        <translation>Відкинути трек</translation>
    </message>
    <message>
        <source>Not a face: leave it as it is in the copy</source>
        <translation>Це не обличчя: залишити як є в копії</translation>
    </message>
    <message>
        <source>Keep track</source>
        <translation>Повернути трек</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Додати рамку</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Видалити рамку</translation>
    </message>
    <message>
        <source>From frame</source>
        <translation>З кадру</translation>
    </message>
    <message>
        <source>To frame</source>
        <translation>По кадр</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Почати тут</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Закінчити тут</translation>
    </message>
    <message>
        <source>Show as published</source>
        <translation>Показати, як буде опубліковано</translation>
    </message>
    <message>
        <source>Every face must be covered in every frame: drop a track only if it is not a face, and add a box over the frames where the detector missed one.</source>
        <translation>Кожне обличчя має бути закрите в кожному кадрі: відкидайте трек, лише якщо це не обличчя, і додавайте рамку на кадри, де детектор пропустив обличчя.</translation>
    </message>
    <message>
        <source>Confirm boxes</source>
        <translation>Підтвердити рамки</translation>
    </message>
    <message>
        <source>Faces found (ticked ones are hidden)</source>
        <translation>Знайдені обличчя (позначені буде приховано)</translation>
    </message>
    <message>
        <source>Boxes you add (select one to set its frames)</source>
        <translation>Ваші рамки (виберіть рамку, щоб задати її кадри)</translation>
    </message>
    <message>
        <source>Face {n}</source>
        <translation>Обличчя {n}</translation>
    </message>
    <message>
        <source>Frame {n} of {total}</source>
        <translation>Кадр {n} з {total}</translation>
    </message>
    <message>
        <source>{face} · frames {first}–{last}</source>
        <translation>{face} · кадри {first}–{last}</translation>
    </message>
    <message>
        <source>Box {n}</source>
        <translation>Рамка {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n face track(s) will be hidden</source>
        <translation>
            <numerusform>%n трек обличчя буде приховано</numerusform>
            <numerusform>%n треки облич буде приховано</numerusform>
            <numerusform>%n треків облич буде приховано</numerusform>
        </translation>
    </message>
    <message>
        <source>Boxes added by you: {added}.</source>
        <translation>Рамок, доданих вами: {added}.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>{name} — Archive</source>
        <translation>{name} — Архів</translation>
    </message>
</context>
<context>
    <name>WeakPassphraseBox</name>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабка парольна фраза</translation>
    </message>
    <message>
        <source>This duress passphrase is rated Weak (about {bits} bits).</source>
        <translation>Цю парольну фразу під примусом оцінено як слабку (близько {bits} біт).</translation>
    </message>
    <message>
        <source>Anyone who guesses it, even by chance, opens the decoy and so destroys your real archive for good. Choose a longer one unless you are sure.</source>
        <translation>Будь-хто, хто її вгадає, навіть випадково, відкриє архів-приманку й тим самим назавжди знищить ваш справжній архів. Виберіть довшу, якщо ви не впевнені.</translation>
    </message>
    <message>
        <source>This passphrase is rated Weak (about {bits} bits).</source>
        <translation>Цю парольну фразу оцінено як слабку (близько {bits} біт).</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of the archive can try to guess it on their own computer, as fast as they like, and would soon open it. Several unrelated words are much safer.</source>
        <translation>Будь-хто, хто отримає копію архіву, може підбирати її на своєму комп&apos;ютері з будь-якою швидкістю й скоро відкриє архів. Кілька не пов&apos;язаних між собою слів значно надійніші.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Усе одно використати</translation>
    </message>
    <message>
        <source>Go back and change it</source>
        <translation>Повернутися й змінити</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <source>Main</source>
        <translation>Основна панель</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Додати теку…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Seal the selected items or a case for investigators (Ctrl+E)</source>
        <translation>Запечатати вибрані матеріали або справу для слідчих (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open a received bundle…</source>
        <translation>Відкрити отриманий пакет…</translation>
    </message>
    <message>
        <source>Take in many bundles…</source>
        <translation>Прийняти багато пакетів…</translation>
    </message>
    <message>
        <source>Custody log…</source>
        <translation>Журнал зберігання…</translation>
    </message>
    <message>
        <source>Look-alikes…</source>
        <translation>Схожі…</translation>
    </message>
    <message>
        <source>Items that look alike, such as re-encoded copies</source>
        <translation>Схожі елементи, наприклад перекодовані копії</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Lock the archive (Ctrl+L)</source>
        <translation>Заблокувати архів (Ctrl+L)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Name, or Enter to search everything</source>
        <translation>Назва (Enter — шукати всюди)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Typing narrows the items by name; Enter also searches statements, tags and cases</source>
        <translation>Під час введення матеріали відбираються за назвою; Enter шукає також у свідченнях, мітках і справах</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архів</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Нова справа…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Редагувати справу…</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блокувати автоматично</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Парольна фраза під примусом…</translation>
    </message>
    <message>
        <source>Destroy the archive now…</source>
        <translation>Знищити архів зараз…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архів</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the passphrase file is empty</source>
        <translation>файл із парольною фразою порожній</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Нова парольна фраза: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Повторіть нову парольну фразу: </translation>
    </message>
    <message>
        <source>the new passphrase must not be empty</source>
        <translation>нова парольна фраза не може бути порожньою</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>дві парольні фрази різняться; нічого не змінено</translation>
    </message>
    <message>
        <source>no new passphrase given (empty input)</source>
        <translation>нову парольну фразу не введено (порожній ввід)</translation>
    </message>
    <message>
        <source>the new passphrase is rated Weak (about {bits} bits): anyone who gets a copy of the vault can try to guess it on their own computer, and would soon succeed. Choose a longer one (several words), or give --accept-weak-passphrase to use it anyway.</source>
        <translation>нову парольну фразу оцінено як слабку (близько {bits} біт): будь-хто, хто отримає копію архіву, може підбирати її на своєму комп&apos;ютері й скоро підбере. Виберіть довшу (кілька слів) або вкажіть --accept-weak-passphrase, щоб усе ж використати її.</translation>
    </message>
    <message>
        <source>New duress passphrase: </source>
        <translation>Нова парольна фраза під примусом: </translation>
    </message>
    <message>
        <source>Repeat the duress passphrase: </source>
        <translation>Повторіть парольну фразу під примусом: </translation>
    </message>
    <message>
        <source>the duress passphrase must not be empty</source>
        <translation>парольна фраза під примусом не може бути порожньою</translation>
    </message>
    <message>
        <source>the two duress passphrases differ; nothing was changed</source>
        <translation>дві парольні фрази під примусом різняться; нічого не змінено</translation>
    </message>
    <message>
        <source>no duress passphrase given (empty input)</source>
        <translation>парольну фразу під примусом не введено (порожній ввід)</translation>
    </message>
    <message>
        <source>the duress passphrase is rated Weak (about {bits} bits): anyone who guesses it opens the decoy and so destroys your real vault. Choose a longer one, or give --accept-weak-passphrase to use it anyway.</source>
        <translation>парольну фразу під примусом оцінено як слабку (близько {bits} біт): будь-хто, хто її вгадає, відкриє архів-приманку й тим самим знищить ваш справжній архів. Виберіть довшу або вкажіть --accept-weak-passphrase, щоб усе ж використати її.</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>не вдається прочитати {path}: {strerror}</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {source}: {strerror}</source>
        <translation>не вдається прочитати парольну фразу з {source}: {strerror}</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Поточна парольна фраза: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольна фраза: </translation>
    </message>
    <message>
        <source>evidence-vault: WARNING: {warning}</source>
        <translation>evidence-vault: ПОПЕРЕДЖЕННЯ: {warning}</translation>
    </message>
    <message>
        <source>Measuring this computer to choose the key-derivation cost...</source>
        <translation>Вимірювання швидкодії цього комп’ютера для вибору складності формування ключа...</translation>
    </message>
    <message>
        <source>Vault created at {directory}</source>
        <translation>Архів створено в {directory}</translation>
    </message>
    <message>
        <source>Recovery code: write it down now and keep it somewhere safe. It is shown only once,</source>
        <translation>Код відновлення: запишіть його зараз і зберігайте в надійному місці. Він показується лише один раз,</translation>
    </message>
    <message>
        <source>and it opens the vault if the passphrase is forgotten.</source>
        <translation>і відкриває архів, якщо ви забудете парольну фразу.</translation>
    </message>
    <message>
        <source>[{files_done}/{files_total}] {done} of {total}, {rate}/s  {current}</source>
        <translation>[{files_done}/{files_total}] {done} з {total}, {rate}/с  {current}</translation>
    </message>
    <message>
        <source>no ProofMode proof came with it</source>
        <translation>з ним не надійшло доказу ProofMode</translation>
    </message>
    <message>
        <source>{what}: signature valid, by the export&apos;s key {key}</source>
        <translation>{what}: підпис дійсний, ключем з експорту {key}</translation>
    </message>
    <message>
        <source>{what}: BAD signature: these bytes are not what key {key} signed</source>
        <translation>{what}: ПОГАНИЙ підпис: це не ті байти, що їх підписав ключ {key}</translation>
    </message>
    <message>
        <source>{what}: signature does not match: it signs another file ({other})</source>
        <translation>{what}: підпис не збігається: він підписує інший файл ({other})</translation>
    </message>
    <message>
        <source>{what}: signed by key {key}, which is not in the export: NOT verified</source>
        <translation>{what}: підписано ключем {key}, якого немає в експорті: НЕ перевірено</translation>
    </message>
    <message>
        <source>{what}: the export has no public key (pubkey.asc): signature NOT verified</source>
        <translation>{what}: в експорті немає відкритого ключа (pubkey.asc): підпис НЕ перевірено</translation>
    </message>
    <message>
        <source>{what}: not a readable OpenPGP signature ({reason})</source>
        <translation>{what}: це не придатний до читання підпис OpenPGP ({reason})</translation>
    </message>
    <message>
        <source>{what}: signature NOT checked: {reason}</source>
        <translation>{what}: підпис НЕ перевірено: {reason}</translation>
    </message>
    <message>
        <source>{what}: no signature</source>
        <translation>{what}: немає підпису</translation>
    </message>
    <message>
        <source>{what}: the proof&apos;s hash matches this file</source>
        <translation>{what}: геш у доказі збігається з цим файлом</translation>
    </message>
    <message>
        <source>{what}: the proof is for another file (SHA-256 {recorded}), NOT this one</source>
        <translation>{what}: доказ — для іншого файлу (SHA-256 {recorded}), НЕ для цього</translation>
    </message>
    <message>
        <source>{what}: the proof cannot be read ({reason})</source>
        <translation>{what}: доказ неможливо прочитати ({reason})</translation>
    </message>
    <message>
        <source>timestamp: pending at {count} calendar(s), for this file&apos;s hash (not yet in Bitcoin)</source>
        <translation>позначка часу: очікує в {count} календарі(ях), для геша цього файлу (ще не в Bitcoin)</translation>
    </message>
    <message>
        <source>timestamp: in Bitcoin block {height} for this file&apos;s hash (Merkle root {root}; check it against the block chain with `ots verify`)</source>
        <translation>позначка часу: у блоці Bitcoin {height} для геша цього файлу (корінь Меркла {root}; перевірте його за ланцюжком блоків за допомогою `ots verify`)</translation>
    </message>
    <message>
        <source>timestamp: it is for another hash ({digest}), NOT this file</source>
        <translation>позначка часу: вона для іншого геша ({digest}), НЕ для цього файлу</translation>
    </message>
    <message>
        <source>timestamp: the proof cannot be read ({reason})</source>
        <translation>позначка часу: доказ неможливо прочитати ({reason})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>the proof (CSV)</source>
        <translation>доказ (CSV)</translation>
    </message>
    <message>
        <source>the proof (JSON)</source>
        <translation>доказ (JSON)</translation>
    </message>
    <message>
        <source>evidence-vault: refused, nothing imported: {reason}</source>
        <translation>evidence-vault: відмовлено, нічого не імпортовано: {reason}</translation>
    </message>
    <message>
        <source>{path}: {reason}; nothing imported</source>
        <translation>{path}: {reason}; нічого не імпортовано</translation>
    </message>
    <message>
        <source>! not imported: {name}: it belongs to no media file of the export</source>
        <translation>! не імпортовано: {name}: не належить жодному медіафайлу експорту</translation>
    </message>
    <message>
        <source>Imported {imported}, already present {present}, failed {failed}.</source>
        <translation>Імпортовано: {imported}, уже є: {present}, не вдалося: {failed}.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вкладення:</translation>
    </message>
    <message>
        <source>ProofMode (checked {time}):</source>
        <translation>ProofMode (перевірено {time}):</translation>
    </message>
    <message>
        <source>  failed: {path}: {message}</source>
        <translation>  не вдалося: {path}: {message}</translation>
    </message>
    <message>
        <source>The vault is empty. Add evidence with: evidence-vault import FILE_OR_FOLDER</source>
        <translation>Архів порожній. Додайте докази командою: evidence-vault import FILE_OR_FOLDER</translation>
    </message>
    <message>
        <source>Copy of item {item} ({profile} copy {sha256}); the original:</source>
        <translation>Копія файлу {item} (копія «{profile}» {sha256}); оригінал:</translation>
    </message>
    <message>
        <source>Copies made from it:</source>
        <translation>Копії, зроблені з нього:</translation>
    </message>
    <message>
        <source>  boxes confirmed by {who}</source>
        <translation>  рамки підтвердив(-ла) {who}</translation>
    </message>
    <message>
        <source>  {profile}: {sha256}  {content_type}, {size} bytes{confirmed}</source>
        <translation>  {profile}: {sha256}  {content_type}, {size} байт{confirmed}</translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation>Журнал зберігання:</translation>
    </message>
    <message>
        <source>Wrote item {id} to {out} ({size} bytes, SHA-256 {sha256})</source>
        <translation>Матеріал {id} записано в {out} ({size} Б, SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>Checked {items_checked} items and {events_checked} custody events.</source>
        <translation>Перевірено матеріалів: {items_checked}, подій журналу зберігання: {events_checked}.</translation>
    </message>
    <message>
        <source>Verification passed: every item matches its hash and the custody log is intact.</source>
        <translation>Перевірку пройдено: кожен матеріал відповідає своєму хешу, журнал зберігання не пошкоджено.</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <translation>ПРОБЛЕМА: {problem}</translation>
    </message>
    <message>
        <source>Deleted the bytes of item {id}. Its record and custody events remain.</source>
        <translation>Вміст матеріалу {id} видалено. Запис про нього та події журналу зберігання залишаються.</translation>
    </message>
    <message>
        <source>Custody log anchor: {size} events, signed {time}</source>
        <translation>Якір журналу зберігання: подій — {size}, підписано {time}</translation>
    </message>
    <message>
        <source>Root: {root}</source>
        <translation>Кореневий хеш: {root}</translation>
    </message>
    <message>
        <source>Timestamped by {server} at {time}</source>
        <translation>Часову позначку отримано від {server}: {time}</translation>
    </message>
    <message>
        <source>Keep this code outside the vault (a message to someone you trust, or paper).</source>
        <translation>Зберігайте цей код поза архівом (у повідомленні людині, якій довіряєте, або на папері).</translation>
    </message>
    <message>
        <source>&apos;evidence-vault anchors check CODE&apos; later proves the log still extends it.</source>
        <translation>Команда &apos;evidence-vault anchors check CODE&apos; згодом доведе, що журнал і далі є продовженням цього якоря.</translation>
    </message>
    <message>
        <source>OK: </source>
        <translation>ПРОЙДЕНО: </translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation>НЕ ПРОЙДЕНО: </translation>
    </message>
    <message>
        <source>Fingerprint (compare by voice): {fingerprint}</source>
        <translation>Відбиток ключа (звірте голосом): {fingerprint}</translation>
    </message>
    <message>
        <source>minisign public key:</source>
        <translation>Відкритий ключ minisign:</translation>
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
Парольна фраза під примусом — на випадок, коли вас змушують відкрити архів.
Якщо ввести її замість вашої парольної фрази, здається, що вона спрацювала: відкривається
архів-приманка лише з тим, що ви виберете зараз (або порожній). У ту саму мить вона знищує
ключ вашого справжнього архіву. Ніхто не зможе відновити справжні докази після цього, навіть ви:
ваша парольна фраза і код відновлення тоді видаватимуть «неправильна парольна фраза».
Перш ніж налаштувати її, запечатайте пакет зі своїми доказами для слідчих, яким ви довіряєте.
Вона не захищає копію архіву, зроблену до того, як буде введено парольну фразу під примусом,
а знищення доказів саме по собі може бути злочином там, де ви перебуваєте. Див. docs/threat-model.md.</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Парольну фразу під примусом налаштовано.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольну фразу під примусом не налаштовано.</translation>
    </message>
    <message>
        <source>The duress passphrase is cleared; the decoy is gone.</source>
        <translation>Парольну фразу під примусом видалено; архіву-приманки більше немає.</translation>
    </message>
    <message>
        <source>Duress passphrase set. The decoy holds {decoy_items} item(s).</source>
        <translation>Парольну фразу під примусом налаштовано. Матеріалів в архіві-приманці: {decoy_items}.</translation>
    </message>
    <message>
        <source>quick-delete destroys the vault for good; confirm with --yes</source>
        <translation>quick-delete знищує архів назавжди; підтвердьте параметром --yes</translation>
    </message>
    <message>
        <source>Destroy the vault at {directory} for good? Nobody can recover it. Type yes: </source>
        <translation>Знищити архів {directory} назавжди? Ніхто не зможе його відновити. Введіть yes (латиницею): </translation>
    </message>
    <message>
        <source>Nothing was destroyed.</source>
        <translation>Нічого не знищено.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens the vault.</source>
        <translation>Парольну фразу змінено. Стара парольна фраза більше не відкриває архів.</translation>
    </message>
    <message>
        <source>no recovery code given (empty input)</source>
        <translation>код відновлення не введено (порожній ввід)</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Код відновлення: </translation>
    </message>
    <message>
        <source>New passphrase set. The recovery code still works; keep it safe.</source>
        <translation>Нову парольну фразу встановлено. Код відновлення й далі діє; зберігайте його в надійному місці.</translation>
    </message>
    <message>
        <source>evidence-vault: {exc}</source>
        <translation>evidence-vault: {exc}</translation>
    </message>
    <message>
        <source>
evidence-vault: interrupted</source>
        <translation>
evidence-vault: перервано</translation>
    </message>
    <message>
        <source>Wrote a new age identity to {out} (keep it secret; it opens bundles sealed to you).</source>
        <translation>Новий секретний ключ age записано в {out} (тримайте його в таємниці: він відкриває пакети, запечатані для вас).</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Відбиток ключа: {fingerprint}</translation>
    </message>
    <message>
        <source>Added {name}. Fingerprint, to compare by voice: {fingerprint}</source>
        <translation>Додано: {name}. Відбиток ключа для звіряння голосом: {fingerprint}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Вилучено: {name}.</translation>
    </message>
    <message>
        <source>{name}
    {public_key}
    fingerprint {fingerprint}</source>
        <translation>{name}
    {public_key}
    відбиток ключа {fingerprint}</translation>
    </message>
    <message>
        <source>No recipients yet. Add one with: evidence-vault recipients add NAME age1…</source>
        <translation>Отримувачів ще немає. Додайте отримувача командою: evidence-vault recipients add NAME age1…</translation>
    </message>
    <message>
        <source>--statement takes a statement number, not {ref!r}</source>
        <translation>--statement приймає номер свідчення, а не {ref!r}</translation>
    </message>
    <message>
        <source>--withhold applies to --profile originals</source>
        <translation>--withhold діє лише з --profile originals</translation>
    </message>
    <message>
        <source>--with-identity applies to --statement</source>
        <translation>--with-identity застосовується лише з --statement</translation>
    </message>
    <message>
        <source>--add-box, --drop-box, --reviewed, --voice and --audio apply to --profile anonymised</source>
        <translation>--add-box, --drop-box, --reviewed, --voice і --audio діють лише з --profile anonymised</translation>
    </message>
    <message>
        <source>--add-box, --drop-box and --reviewed correct one item&apos;s boxes: export that item alone</source>
        <translation>--add-box, --drop-box і --reviewed виправляють рамки одного файлу: експортуйте цей файл окремо</translation>
    </message>
    <message>
        <source>What the originals keep and what is withheld:</source>
        <translation>Що залишається в оригіналах і що приховано:</translation>
    </message>
    <message>
        <source>What leaves in the sanitized copies:</source>
        <translation>Що передається в очищених копіях:</translation>
    </message>
    <message>
        <source>Sealing: {done} of {total} MiB</source>
        <translation>Запечатування: {done} з {total} МіБ</translation>
    </message>
    <message>
        <source>Sealed {items} item(s) into {path} ({size} bytes), verified after writing.</source>
        <translation>Запечатано матеріалів: {items} у {path} ({size} Б), перевірено після запису.</translation>
    </message>
    <message>
        <source>With statement(s) {ids}, including the witnesses&apos; real names and contacts.</source>
        <translation>Зі свідченнями {ids}, разом зі справжніми іменами та контактами свідків.</translation>
    </message>
    <message>
        <source>With statement(s) {ids}, naming the witnesses only by pseudonym.</source>
        <translation>Зі свідченнями {ids}; свідків названо лише псевдонімами.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id}, SHA-256 {sha256}</source>
        <translation>Пакет {bundle_id}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>  to {name}: fingerprint {fingerprint}</source>
        <translation>  для {name}: відбиток ключа {fingerprint}</translation>
    </message>
    <message>
        <source>The recipients check it with age, minisign and sha256sum: see VERIFY.txt inside.</source>
        <translation>Отримувачі перевіряють його за допомогою age, minisign і sha256sum: див. VERIFY.txt усередині.</translation>
    </message>
    <message>
        <source>could not write {out}: {reason}</source>
        <translation>не вдалося записати {out}: {reason}</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} VERIFIED; wrote its report to {out}.</source>
        <translation>Пакет {bundle_id} ПЕРЕВІРЕНО; звіт записано в {out}.</translation>
    </message>
    <message>
        <source>Bundle FAILED verification; wrote the report of the failure to {out}.</source>
        <translation>Пакет НЕ ПРОЙШОВ перевірку; звіт про збій записано в {out}.</translation>
    </message>
    <message>
        <source>  PROBLEM: {p}</source>
        <translation>  ПРОБЛЕМА: {p}</translation>
    </message>
    <message>
        <source>no bundle at {path}</source>
        <translation>пакета {path} не знайдено</translation>
    </message>
    <message>
        <source>Wrote the verified contents and report.txt / report.html to {out}</source>
        <translation>Перевірений вміст і report.txt / report.html записано в {out}</translation>
    </message>
    <message>
        <source>Imported into this vault, with the sender&apos;s signatures and proofs kept beside the items.</source>
        <translation>Імпортовано в цей архів; підписи та підтвердження відправника збережено поруч із матеріалами.</translation>
    </message>
    <message>
        <source>Reading metadata [{done}/{total}] {current}</source>
        <translation>Зчитування метаданих [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Reading Content Credentials again [{done}/{total}] {current}</source>
        <translation>Повторне читання облікових даних вмісту [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Computing perceptual hashes [{done}/{total}] {current}</source>
        <translation>Обчислення перцептивних гешів [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Checking previews against the pictures [{done}/{total}] {current}</source>
        <translation>Звіряння попередніх переглядів із зображеннями [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Metadata read for {analysed} items ({failed} could not be read, {partial} only in part).</source>
        <translation>Метадані прочитано для матеріалів: {analysed} (не вдалося прочитати: {failed}, прочитано частково: {partial}).</translation>
    </message>
    <message>
        <source>Content Credentials read again for {count} items (new trust anchors or an older vault).</source>
        <translation>Облікові дані вмісту прочитано знову для {count} елементів (нові якорі довіри або сховище старої версії).</translation>
    </message>
    <message>
        <source>Perceptual hashes computed for {count} items (for finding look-alikes).</source>
        <translation>Перцептивні геші обчислено для елементів: {count} (для пошуку схожих).</translation>
    </message>
    <message>
        <source>  not saved: {error}</source>
        <translation>  не збережено: {error}</translation>
    </message>
    <message>
        <source>Every item has been analysed already.</source>
        <translation>Усі матеріали вже проаналізовано.</translation>
    </message>
    <message>
        <source>Metadata: not read yet (run: evidence-vault analyse)</source>
        <translation>Метадані: ще не прочитано (виконайте: evidence-vault analyse)</translation>
    </message>
    <message>
        <source>Analysis: {status}: {reason}</source>
        <translation>Аналіз: {status}: {reason}</translation>
    </message>
    <message>
        <source>Analysis: no metadata reader for this kind of file</source>
        <translation>Аналіз: для файлів цього типу немає засобу читання метаданих</translation>
    </message>
    <message>
        <source>      why: {why}</source>
        <translation>      чому: {why}</translation>
    </message>
    <message>
        <source>cleaned: {name} -&gt; {output}{note}</source>
        <translation>очищено: {name} -&gt; {output}{note}</translation>
    </message>
    <message>
        <source>    removed: {removed}</source>
        <translation>    вилучено: {removed}</translation>
    </message>
    <message>
        <source>    removed {count} fields and places (--report lists them)</source>
        <translation>    вилучено полів і місць: {count} (список покаже --report)</translation>
    </message>
    <message>
        <source>--voice disguises the sound that --audio remove takes out</source>
        <translation>--voice змінює звук, який --audio remove видаляє</translation>
    </message>
    <message>
        <source>--drop-box needs the fingerprint from --review: add --reviewed FINGERPRINT</source>
        <translation>--drop-box потребує відбитка з --review: додайте --reviewed ВІДБИТОК</translation>
    </message>
    <message>
        <source>--reviewed {given!r}: expected the fingerprint --review printed (16+ hex digits)</source>
        <translation>--reviewed {given!r}: очікувався відбиток, який вивів --review (16 і більше шістнадцяткових знаків)</translation>
    </message>
    <message>
        <source>{spec!r}: expected FROM-TO in seconds, like 12.5-14</source>
        <translation>{spec!r}: очікується ПОЧАТОК-КІНЕЦЬ у секундах, наприклад 12.5-14</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} ({rate:.1f}/s, {left:.0f} s left)</source>
        <translation>{name}: {done} з {total} ({rate:.1f}/с, залишилося {left:.0f} с)</translation>
    </message>
    <message>
        <source>{name}: {done} ({rate:.1f}/s)</source>
        <translation>{name}: {done} ({rate:.1f}/с)</translation>
    </message>
    <message>
        <source>say where the anonymised copies go with --out DIR (or use --review)</source>
        <translation>вкажіть, куди класти анонімізовані копії: --out ТЕКА (або скористайтеся --review)</translation>
    </message>
    <message>
        <source>REFUSED: {name}: {refused}</source>
        <translation>ВІДХИЛЕНО: {name}: {refused}</translation>
    </message>
    <message>
        <source>    remaining: {left}</source>
        <translation>    залишилося: {left}</translation>
    </message>
    <message>
        <source>{name}: {count} face track(s) over {frames} frames</source>
        <translation>{name}: треків облич — {count}, кадрів — {frames}</translation>
    </message>
    <message>
        <source>    track {number}: frames {first}-{last}, within {box}</source>
        <translation>    трек {number}: кадри {first}-{last}, у межах {box}</translation>
    </message>
    <message>
        <source>{name}: {count} face(s) found</source>
        <translation>{name}: знайдено облич — {count}</translation>
    </message>
    <message>
        <source>    box {number}: {box} (score {score})</source>
        <translation>    рамка {number}: {box} (упевненість {score})</translation>
    </message>
    <message>
        <source>    add a box over any face the detector missed: --add-box X,Y,W,H</source>
        <translation>    додайте рамку на кожне обличчя, яке детектор пропустив: --add-box X,Y,W,H</translation>
    </message>
    <message>
        <source>    fingerprint {fingerprint} (to drop a box: --drop-box N --reviewed {short})</source>
        <translation>    відбиток {fingerprint} (щоб прибрати рамку: --drop-box N --reviewed {short})</translation>
    </message>
    <message>
        <source>anonymised: {name} -&gt; {output}</source>
        <translation>анонімізовано: {name} -&gt; {output}</translation>
    </message>
    <message>
        <source>    {count} face box(es) redacted, re-encoded, metadata checked</source>
        <translation>    приховано рамок з обличчями — {count}, перекодовано, метадані перевірено</translation>
    </message>
    <message>
        <source>voice disguised</source>
        <translation>голос змінено</translation>
    </message>
    <message>
        <source>sound removed</source>
        <translation>звук видалено</translation>
    </message>
    <message>
        <source>sound kept</source>
        <translation>звук збережено</translation>
    </message>
    <message>
        <source>    {tracks} face track(s) and {added} added box(es) over {frames} frames, {sound}</source>
        <translation>    треків облич — {tracks}, доданих рамок — {added}, кадрів — {frames}; {sound}</translation>
    </message>
    <message>
        <source>    voice disguised, metadata checked</source>
        <translation>    голос змінено, метадані перевірено</translation>
    </message>
    <message>
        <source>Derivative {id} of item {id2}: {content_type}, {size} bytes</source>
        <translation>Похідна копія {id} матеріалу {id2}: {content_type}, {size} Б</translation>
    </message>
    <message>
        <source>  sha256 {sha256}</source>
        <translation>  sha256 {sha256}</translation>
    </message>
    <message>
        <source>  pixels were re-encoded</source>
        <translation>  пікселі перекодовано</translation>
    </message>
    <message>
        <source>  removed: {removed}</source>
        <translation>  вилучено: {removed}</translation>
    </message>
    <message>
        <source>Item {item_id} ({name}, {kind}): can be cleaned</source>
        <translation>Матеріал {item_id} ({name}, {kind}): можна очистити</translation>
    </message>
    <message>
        <source>Item {item_id} ({name}, {kind}): CANNOT be cleaned</source>
        <translation>Матеріал {item_id} ({name}, {kind}): очистити НЕМОЖЛИВО</translation>
    </message>
    <message>
        <source>  blocking: {reason}</source>
        <translation>  блокує: {reason}</translation>
    </message>
    <message>
        <source>cannot read the narrative from {path}: {exc}</source>
        <translation>не вдається прочитати текст свідчення з {path}: {exc}</translation>
    </message>
    <message>
        <source>say what the witness agreed to with --consent</source>
        <translation>вкажіть у --consent, на що погодився свідок</translation>
    </message>
    <message>
        <source>Recorded statement {sid} (version 1, SHA-256 {sha256}) under the pseudonym “{pseudonym}”.</source>
        <translation>Записано свідчення {sid} (версія 1, SHA-256 {sha256}) під псевдонімом «{pseudonym}».</translation>
    </message>
    <message>
        <source>No consent is recorded yet: the statement cannot be exported until it is (statement edit --consent).</source>
        <translation>Згоду ще не зафіксовано: свідчення не можна експортувати, доки її не буде зафіксовано (statement edit --consent).</translation>
    </message>
    <message>
        <source>Statement {id}: the content is unchanged, so no new version (still version {number}).</source>
        <translation>Свідчення {id}: зміст не змінився, тому нової версії немає (і далі версія {number}).</translation>
    </message>
    <message>
        <source>Statement {id}: recorded version {number} (SHA-256 {sha256}). Earlier versions remain.</source>
        <translation>Свідчення {id}: записано версію {number} (SHA-256 {sha256}). Попередні версії збережено.</translation>
    </message>
    <message>
        <source>Consent withdrawn: the statement can no longer be exported.</source>
        <translation>Згоду відкликано: свідчення більше не можна експортувати.</translation>
    </message>
    <message>
        <source>Statement {id}: {title}</source>
        <translation>Свідчення {id}: {title}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Версії:</translation>
    </message>
    <message>
        <source>{id:&gt;6}  v{versions:&lt;3} {date}  {consent:&lt;18} {pseudonym}: {title}</source>
        <translation>{id:&gt;6}  v{versions:&lt;3} {date}  {consent:&lt;18} {pseudonym}: {title}</translation>
    </message>
    <message>
        <source>No statements yet. Record one with: evidence-vault statement add --title ... --narrative-file ... --pseudonym ...</source>
        <translation>Свідчень ще немає. Запишіть свідчення командою: evidence-vault statement add --title ... --narrative-file ... --pseudonym ...</translation>
    </message>
    <message>
        <source>{out} already exists; not overwriting it</source>
        <translation>{out} уже існує; файл не буде перезаписано</translation>
    </message>
    <message>
        <source>with the witness&apos;s identity</source>
        <translation>з даними особи свідка</translation>
    </message>
    <message>
        <source>under the pseudonym only</source>
        <translation>лише під псевдонімом</translation>
    </message>
    <message>
        <source>Wrote statement {id} to {out} ({format}, {shown}).</source>
        <translation>Свідчення {id} записано в {out} ({format}, {shown}).</translation>
    </message>
    <message>
        <source>Created case “{name}”.</source>
        <translation>Створено справу «{name}».</translation>
    </message>
    <message>
        <source>Updated case “{name}”.</source>
        <translation>Оновлено справу «{name}».</translation>
    </message>
    <message>
        <source>give --item ITEM or --statement ID (repeatable)</source>
        <translation>вкажіть --item ITEM або --statement ID (можна кілька разів)</translation>
    </message>
    <message>
        <source>Case “{name}” updated.</source>
        <translation>Справу «{name}» оновлено.</translation>
    </message>
    <message>
        <source>Taken out of the case “{name}”; they stay in the archive.</source>
        <translation>Вилучено зі справи «{name}»; усе залишається в архіві.</translation>
    </message>
    <message>
        <source>{name}: {items} items, {statements} statements</source>
        <translation>{name}: матеріалів — {items}, свідчень — {statements}</translation>
    </message>
    <message>
        <source>No cases yet. Create one with: evidence-vault case add NAME</source>
        <translation>Справ ще немає. Створіть справу командою: evidence-vault case add NAME</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не існує</translation>
    </message>
    <message>
        <source>give either --passphrase-file or --passphrase-fd, not both</source>
        <translation>вкажіть або --passphrase-file, або --passphrase-fd, але не обидва</translation>
    </message>
    <message>
        <source>this command has no --json output</source>
        <translation>ця команда не має виводу --json</translation>
    </message>
    <message>
        <source>no vault at {directory} (create one with &apos;evidence-vault init&apos;)</source>
        <translation>немає архіву в {directory} (створіть його командою &apos;evidence-vault init&apos;)</translation>
    </message>
    <message>
        <source>The decoy&apos;s recovery code: not your vault&apos;s. If you are made to hand over a recovery code, this one opens the decoy (and destroys the real vault). Shown only once.</source>
        <translation>Код відновлення приманки, а не вашого архіву. Якщо вас змусять віддати код відновлення, цей код відкриє приманку (і знищить справжній архів). Показується лише один раз.</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>не вдається прочитати {file}: {error}</translation>
    </message>
    <message>
        <source>Installed trust anchor {sha256}
    {subject}, valid until {not_after}</source>
        <translation>Встановлено якір довіри {sha256}
    {subject}, дійсний до {not_after}</translation>
    </message>
    <message>
        <source>Every certificate in {file} is installed already.</source>
        <translation>Усі сертифікати з {file} вже встановлено.</translation>
    </message>
    <message>
        <source>Items are judged again with it at the next: evidence-vault analyse</source>
        <translation>Елементи буде знову перевірено з ним під час наступного запуску: evidence-vault analyse</translation>
    </message>
    <message>
        <source>Removed trust anchor {sha256} ({subject}).</source>
        <translation>Якір довіри {sha256} ({subject}) видалено.</translation>
    </message>
    <message>
        <source>No trust anchors installed: a valid signature is shown as &apos;signer not in a trusted list&apos;. Install your organisation&apos;s CA with: evidence-vault provenance trust add FILE.pem</source>
        <translation>Якорі довіри не встановлено: дійсний підпис показується як «того, хто підписав, немає в списку довірених». Встановіть сертифікат ЦС вашої організації: evidence-vault provenance trust add FILE.pem</translation>
    </message>
    <message>
        <source>Trust comes only from these anchors; no trust list is fetched, nothing goes online.</source>
        <translation>Довіра береться лише з цих якорів; списки довіри не завантажуються, нічого не йде в мережу.</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA):</source>
        <translation>Облікові дані вмісту (C2PA):</translation>
    </message>
    <message>
        <source>  not read yet (run: evidence-vault analyse)</source>
        <translation>  ще не прочитано (виконайте: evidence-vault analyse)</translation>
    </message>
    <message>
        <source>  The trust anchors changed since this was read: run evidence-vault analyse.</source>
        <translation>  Якорі довіри змінилися після читання: виконайте evidence-vault analyse.</translation>
    </message>
    <message>
        <source>{path}: no bundle there</source>
        <translation>{path}: тут немає пакета</translation>
    </message>
    <message>
        <source>FAILED {text}</source>
        <translation>НЕ ВДАЛОСЯ {text}</translation>
    </message>
    <message>
        <source>{path}: bagged into {bag}, {files} file(s), {size} bytes, validated by bagit.</source>
        <translation>{path}: записано як пакет BagIt у {bag}; файлів: {files}, байтів: {size}; bagit підтвердив його правильність.</translation>
    </message>
    <message>
        <source>{done} of {total} bundle(s) bagged under {out}.</source>
        <translation>Записано як BagIt у {out}: {done} з {total} пакетів.</translation>
    </message>
    <message>
        <source>received in bundle {bundle} sealed by key {sender} on {day}</source>
        <translation>отримано в пакеті {bundle}, запечатаному ключем {sender}, {day}</translation>
    </message>
    <message>
        <source>imported here on {day}</source>
        <translation>імпортовано тут {day}</translation>
    </message>
    <message>
        <source>evidence-vault: not hashed: {error}</source>
        <translation>evidence-vault: геш не обчислено: {error}</translation>
    </message>
    <message>
        <source>Look-alike pairs: {count} (at most {max} of 64 bits apart). Nothing was merged.</source>
        <translation>Схожих пар: {count} (різниця не більше {max} із 64 бітів). Нічого не об&apos;єднано.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ВІДМОВЛЕНО</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ПОМИЛКА</translation>
    </message>
    <message>
        <source> ({files} file(s): {new} new, {duplicates} already held)</source>
        <translation> (файлів: {files}; нових: {new}, уже було: {duplicates})</translation>
    </message>
    <message>
        <source>skipped (taken in before)</source>
        <translation>пропущено (уже прийняті)</translation>
    </message>
    <message>
        <source>refused (known id, other bytes)</source>
        <translation>відхилено (відомий id, інші байти)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>з помилкою</translation>
    </message>
    <message>
        <source>bundles in all</source>
        <translation>усього пакетів</translation>
    </message>
    <message>
        <source>  {size} MiB in {seconds:.1f} s ({rate:.1f} MiB/s); {new} new item(s), {dup} already held</source>
        <translation>  {size} МіБ за {seconds:.1f} с ({rate:.1f} МіБ/с); нових елементів: {new}, уже було: {dup}</translation>
    </message>
    <message>
        <source>  Interrupted: {count} bundle(s) not done.</source>
        <translation>  Перервано: не оброблено пакетів: {count}.</translation>
    </message>
    <message>
        <source>{done} of {total} bundles, {mib} of {all_mib} MiB</source>
        <translation>{done} з {total} пакетів, {mib} з {all_mib} МіБ</translation>
    </message>
    <message>
        <source>Batch intake:</source>
        <translation>Приймання пакетів:</translation>
    </message>
</context>
</TS>
