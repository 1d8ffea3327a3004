<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be" sourcelanguage="en">
<context>
    <name>AddRecipientDialog</name>
    <message>
        <source>Add a recipient</source>
        <translation>Дадаць атрымальніка</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Імя атрымальніка</translation>
    </message>
    <message>
        <source>e.g. UN investigators</source>
        <translation>напрыклад, следчыя ААН</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Публічны ключ</translation>
    </message>
    <message>
        <source>Paste the key that starts with age1…</source>
        <translation>Устаўце ключ, які пачынаецца з age1…</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Загрузіць з файла…</translation>
    </message>
    <message>
        <source>Load the public key from a file</source>
        <translation>Загрузіць публічны ключ з файла</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Адбітак ключа</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Дадаць атрымальніка</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Read the fingerprint aloud with the recipient (by phone or in person) and add them only if it matches theirs exactly.</source>
        <translation>Зверце адбітак ключа з атрымальнікам уголас (па тэлефоне або асабіста) і дадайце атрымальніка, толькі калі адбітак дакладна супадае з ягоным.</translation>
    </message>
    <message>
        <source>This is not an age public key. It starts with age1 and has 62 characters.</source>
        <translation>Гэта не публічны ключ age. Такі ключ пачынаецца з age1 і мае 62 сімвалы.</translation>
    </message>
    <message>
        <source>Choose the file with the public key</source>
        <translation>Выберыце файл з публічным ключом</translation>
    </message>
    <message>
        <source>Cannot read that file: {e}</source>
        <translation>Не ўдаецца прачытаць гэты файл: {e}</translation>
    </message>
    <message>
        <source>That file holds no age public key (age1…).</source>
        <translation>У гэтым файле няма публічнага ключа age (age1…).</translation>
    </message>
</context>
<context>
    <name>AnchorDialog</name>
    <message>
        <source>Anchor of the custody log</source>
        <translation>Якар журнала захоўвання</translation>
    </message>
    <message numerus="yes">
        <source>Keep this code outside the archive: write it on paper, or send it to someone you trust. Later, “Check an anchor” proves that the custody log still contains everything it contained now, unchanged. It covers %n event(s).</source>
        <translation>
            <numerusform>Захоўвайце гэты код па-за архівам: запішыце яго на паперы або дашліце таму, каму давяраеце. Пазней «Праверыць якар» пацвердзіць, што журнал захоўвання па-ранейшаму змяшчае ўсё, што змяшчае цяпер, без змен. Код ахоплівае %n падзею.</numerusform>
            <numerusform>Захоўвайце гэты код па-за архівам: запішыце яго на паперы або дашліце таму, каму давяраеце. Пазней «Праверыць якар» пацвердзіць, што журнал захоўвання па-ранейшаму змяшчае ўсё, што змяшчае цяпер, без змен. Код ахоплівае %n падзеі.</numerusform>
            <numerusform>Захоўвайце гэты код па-за архівам: запішыце яго на паперы або дашліце таму, каму давяраеце. Пазней «Праверыць якар» пацвердзіць, што журнал захоўвання па-ранейшаму змяшчае ўсё, што змяшчае цяпер, без змен. Код ахоплівае %n падзей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anchor code</source>
        <translation>Код якара</translation>
    </message>
    <message>
        <source>QR code of the anchor</source>
        <translation>QR-код якара</translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation>Падпісана {when}</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Скапіяваць код</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Archive</source>
        <translation>Архіў</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>Выберыце файлы, каб дадаць іх</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Выберыце папку, каб дадаць яе</translation>
    </message>
    <message>
        <source>Files are still being added. Try again when it finishes.</source>
        <translation>Файлы яшчэ дадаюцца. Паспрабуйце зноў, калі даданне скончыцца.</translation>
    </message>
    <message>
        <source>This kind of file ({type}) cannot be shown here. Its details are on the right.</source>
        <translation>Файл гэтага тыпу ({type}) тут паказаць нельга. Звесткі пра яго — справа.</translation>
    </message>
    <message>
        <source>Verification found problems</source>
        <translation>Праверка выявіла праблемы</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>Выяўлена %n праблема.</numerusform>
            <numerusform>Выяўлены %n праблемы.</numerusform>
            <numerusform>Выяўлена %n праблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>The case was not changed: {e}</source>
        <translation>Справа не змянілася: {e}</translation>
    </message>
    <message>
        <source>Destroy the archive</source>
        <translation>Знішчыць архіў</translation>
    </message>
    <message>
        <source>This destroys everything in the archive at {path} now. Nobody can recover it, not even with the passphrase or the recovery code. Destroy it?</source>
        <translation>Гэта зараз жа знішчыць усё, што ёсць у архіве ў папцы {path}. Ніхто не зможа яго аднавіць — нават з парольнай фразай або кодам аднаўлення. Знішчыць?</translation>
    </message>
    <message>
        <source>Archive cannot start</source>
        <translation>Архіў не можа запусціцца</translation>
    </message>
</context>
<context>
    <name>BagSaver</name>
    <message>
        <source>Save as BagIt…</source>
        <translation>Захаваць як BagIt…</translation>
    </message>
    <message>
        <source>Save as a BagIt package for an archive</source>
        <translation>Захаваць як пакет BagIt для архіва</translation>
    </message>
    <message>
        <source>Writes the verified files, the sender&apos;s signed records and the report as a BagIt package, for an archive such as Archivematica. The package is NOT encrypted: keep it on the archive&apos;s protected storage.</source>
        <translation>Запісвае правераныя файлы, падпісаныя запісы адпраўніка і справаздачу як пакет BagIt для архіва, напрыклад Archivematica. Пакет НЕ зашыфраваны: захоўвайце яго толькі ў абароненым сховішчы архіва.</translation>
    </message>
    <message>
        <source>Choose the folder to write the BagIt package in</source>
        <translation>Выберыце папку, у якую запісаць пакет BagIt</translation>
    </message>
    <message>
        <source>Checking again and writing the BagIt package…</source>
        <translation>Паўторная праверка і запіс пакета BagIt…</translation>
    </message>
    <message>
        <source>Checking again and writing the BagIt package: {done} of about {total}…</source>
        <translation>Паўторная праверка і запіс пакета BagIt: {done} з прыблізна {total}…</translation>
    </message>
    <message>
        <source>Saved the BagIt package to {path}. It is not encrypted: keep it on protected storage.</source>
        <translation>Пакет BagIt захаваны ў {path}. Ён не зашыфраваны: захоўвайце яго ў абароненым сховішчы.</translation>
    </message>
    <message>
        <source>No BagIt package was saved: {reason}</source>
        <translation>Пакет BagIt не захаваны: {reason}</translation>
    </message>
</context>
<context>
    <name>BodyRegions</name>
    <message>
        <source>Injured body regions</source>
        <translation>Пашкоджаныя часткі цела</translation>
    </message>
    <message>
        <source>Body region: {region}</source>
        <translation>Частка цела: {region}</translation>
    </message>
</context>
<context>
    <name>BoxCanvas</name>
    <message>
        <source>Picture with face boxes</source>
        <translation>Здымак з рамкамі вакол твараў</translation>
    </message>
    <message>
        <source>Drag on the picture to add a box. Tab selects the next box; arrow keys move it, Shift and arrow keys resize it, Delete removes it.</source>
        <translation>Правядзіце па здымку, каб дадаць рамку. Tab выбірае наступную рамку; стрэлкі перамяшчаюць яе, Shift са стрэлкамі мяняе яе памер, Delete выдаляе.</translation>
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
        <translation>дададзена вамі</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>знойдзена</translation>
    </message>
    <message>
        <source>detected, score {score}</source>
        <translation>знойдзена, упэўненасць {score}</translation>
    </message>
    <message>
        <source>dropped: it will not be hidden</source>
        <translation>адкінуты: не будзе схаваны</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>хаваецца</translation>
    </message>
    <message>
        <source>Box {n} removed.</source>
        <translation>Рамка {n} выдалена.</translation>
    </message>
    <message>
        <source>No box selected. Boxes: {count}.</source>
        <translation>Ніводная рамка не выбрана. Рамак: {count}.</translation>
    </message>
    <message>
        <source>Faces found on this frame: {count}.</source>
        <translation>Знойдзеных твараў на гэтым кадры: {count}.</translation>
    </message>
    <message>
        <source>{w} by {h} pixels at {x}, {y}</source>
        <translation>{w} на {h} пікселяў у пункце {x}, {y}</translation>
    </message>
    <message>
        <source>frames {first} to {last}</source>
        <translation>кадры з {first} па {last}</translation>
    </message>
</context>
<context>
    <name>BundleBatchDialog</name>
    <message>
        <source>Take in many bundles</source>
        <translation>Прыняць шмат пакетаў</translation>
    </message>
    <message>
        <source>Every bundle is checked completely before anything of it is stored. Bundles taken in before are recognised and skipped; a bad bundle is listed with its reason and the others go on. A file sent by several people is stored once, with each sender&apos;s custody.</source>
        <translation>Кожны пакет цалкам правяраецца, перш чым з яго што-небудзь захоўваецца. Ужо прынятыя пакеты пазнаюцца і прапускаюцца; дрэнны пакет трапляе ў спіс з прычынай, а астатнія працягваюцца. Файл, які даслалі некалькі чалавек, захоўваецца адзін раз, з ланцужком захоўвання кожнага адпраўніка.</translation>
    </message>
    <message>
        <source>Bundles and folders to take in</source>
        <translation>Пакеты і папкі, якія трэба прыняць</translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation>Дадаць пакеты…</translation>
    </message>
    <message>
        <source>Add bundle files</source>
        <translation>Дадаць файлы пакетаў</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Дадаць папку…</translation>
    </message>
    <message>
        <source>Add a folder of bundles</source>
        <translation>Дадаць папку з пакетамі</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ачысціць</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Ачысціць спіс</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Для каго запячатаны</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Пачаць</translation>
    </message>
    <message>
        <source>Start taking in the bundles</source>
        <translation>Пачаць прымаць пакеты</translation>
    </message>
    <message>
        <source>Taking in bundles</source>
        <translation>Прыём пакетаў</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Ход прыёму</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>Bundles taken in</source>
        <translation>Прынятыя пакеты</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Прычына</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новыя</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Ужо былі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Вынікі</translation>
    </message>
    <message>
        <source>Take in more…</source>
        <translation>Прыняць яшчэ…</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Захаваць справаздачу…</translation>
    </message>
    <message>
        <source>Save the report, one JSON line per bundle</source>
        <translation>Захаваць справаздачу, адзін радок JSON на пакет</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Stop after the bundle being imported</source>
        <translation>Спыніцца пасля пакета, які імпартуецца</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>Выберыце пакеты</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb);;All files (*)</source>
        <translation>Запячатаныя пакеты (*.evb);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>Выберыце папку з пакетамі</translation>
    </message>
    <message>
        <source>Checking the first bundles…</source>
        <translation>Правяраюцца першыя пакеты…</translation>
    </message>
    <message>
        <source>Stopping after the bundle being imported…</source>
        <translation>Спыненне пасля пакета, які імпартуецца…</translation>
    </message>
    <message>
        <source>{done} of {total} bundles, {size} of {all}</source>
        <translation>{done} з {total} пакетаў, {size} з {all}</translation>
    </message>
    <message>
        <source>{rate}/s, about {left} left</source>
        <translation>{rate}/с, засталося каля {left}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпартаваны</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Прапушчаны</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Адхілены</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Памылка</translation>
    </message>
    <message>
        <source>Taken in before (the same bundle, the same file)</source>
        <translation>Ужо прыняты (той самы пакет, той самы файл)</translation>
    </message>
    <message>
        <source>Its bundle id was taken in before from a different file: not stored</source>
        <translation>Пакет з такім ідэнтыфікатарам ужо прыняты з іншага файла: не захаваны</translation>
    </message>
    <message>
        <source>Not sealed to this key</source>
        <translation>Запячатаны не для гэтага ключа</translation>
    </message>
    <message>
        <source>Damaged or altered (it does not decrypt)</source>
        <translation>Пашкоджаны або зменены (не расшыфроўваецца)</translation>
    </message>
    <message>
        <source>{imported} imported, {skipped} skipped, {refused} refused, {failed} failed</source>
        <translation>імпартавана: {imported}, прапушчана: {skipped}, адхілена: {refused}, з памылкай: {failed}</translation>
    </message>
    <message>
        <source>{size} in {time}</source>
        <translation>{size} за {time}</translation>
    </message>
    <message>
        <source>Cancelled: {count} not taken in</source>
        <translation>Скасавана: не прынята {count}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Гатова.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасавана.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Захаваць справаздачу</translation>
    </message>
    <message>
        <source>intake.jsonl</source>
        <translation>прыём.jsonl</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Радкі JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>Could not save the report: {reason}</source>
        <translation>Не ўдалося захаваць справаздачу: {reason}</translation>
    </message>
    <message>
        <source>Saved the report to {path}.</source>
        <translation>Справаздача захавана ў {path}.</translation>
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
        <translation>Адкрыць атрыманы пакет</translation>
    </message>
    <message>
        <source>A bundle (.evb) is checked completely before anything is shown or stored: who sealed it, every file&apos;s SHA-256 and the custody proofs.</source>
        <translation>Пакет (.evb) цалкам правяраецца, перш чым з яго нешта будзе паказана або захавана: хто яго запячатаў, SHA-256 кожнага файла і пацвярджэнні ланцуга захоўвання.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Choose the .evb file</source>
        <translation>Выберыце файл .evb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбраць…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Выберыце файл пакета</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Open with</source>
        <translation>Чым адкрыць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Check the bundle</source>
        <translation>Праверыць пакет</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Праверка пакета</translation>
    </message>
    <message>
        <source>Decrypting and checking every file…</source>
        <translation>Расшыфроўка і праверка кожнага файла…</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Ход праверкі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Open another…</source>
        <translation>Адкрыць іншы…</translation>
    </message>
    <message>
        <source>Open another bundle</source>
        <translation>Адкрыць іншы пакет</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Захаваць справаздачу ў PDF…</translation>
    </message>
    <message>
        <source>Save the verification report as PDF</source>
        <translation>Захаваць справаздачу пра праверку ў PDF</translation>
    </message>
    <message>
        <source>Save contents to folder…</source>
        <translation>Захаваць змесціва ў папку…</translation>
    </message>
    <message>
        <source>Save contents to folder</source>
        <translation>Захаваць змесціва ў папку</translation>
    </message>
    <message>
        <source>Import into this archive</source>
        <translation>Дадаць у гэты архіў</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>Выберыце пакет</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb);;All files (*)</source>
        <translation>Запячатаныя пакеты (*.evb);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файла {path} няма.</translation>
    </message>
    <message>
        <source>Checked {done} of about {total}…</source>
        <translation>Праверана {done} з прыблізна {total}…</translation>
    </message>
    <message>
        <source>Importing into this archive…</source>
        <translation>Даданне ў гэты архіў…</translation>
    </message>
    <message>
        <source>The import was refused: {p}</source>
        <translation>Даданне адхілена: {p}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) into this archive, in the case “Bundle {id}”, with the sender&apos;s signatures and proofs kept beside them.</source>
        <translation>
            <numerusform>У гэты архіў дададзены %n файл (у справу «Пакет {id}»); подпісы і пацвярджэнні адпраўніка захаваны разам з ім.</numerusform>
            <numerusform>У гэты архіў дададзены %n файлы (у справу «Пакет {id}»); подпісы і пацвярджэнні адпраўніка захаваны разам з імі.</numerusform>
            <numerusform>У гэты архіў дададзена %n файлаў (у справу «Пакет {id}»); подпісы і пацвярджэнні адпраўніка захаваны разам з імі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty folder for the contents</source>
        <translation>Выберыце пустую папку для змесціва</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder.</source>
        <translation>Гэтая папка не пустая. Выберыце пустую або новую папку.</translation>
    </message>
    <message>
        <source>Checking again and writing the files…</source>
        <translation>Паўторная праверка і запіс файлаў…</translation>
    </message>
    <message>
        <source>Nothing was saved: {p}</source>
        <translation>Нічога не захавана: {p}</translation>
    </message>
    <message>
        <source>Saved the verified files, report.txt and report.html to {path}.</source>
        <translation>Правераныя файлы, report.txt і report.html захаваны ў {path}.</translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Захаваць справаздачу пра праверку</translation>
    </message>
    <message>
        <source>report-{id}.pdf</source>
        <translation>справаздача-{id}.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-дакументы (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запісваецца справаздача…</translation>
    </message>
    <message>
        <source>Saved the verification report to {path}.</source>
        <translation>Справаздача пра праверку захавана ў {path}.</translation>
    </message>
</context>
<context>
    <name>BundleReportView</name>
    <message>
        <source>Result of the check</source>
        <translation>Вынік праверкі</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Хто запячатаў</translation>
    </message>
    <message>
        <source>Fingerprint of the sender&apos;s signing key</source>
        <translation>Адбітак ключа подпісу адпраўніка</translation>
    </message>
    <message>
        <source>Sealed on</source>
        <translation>Калі запячатаны</translation>
    </message>
    <message>
        <source>Custody proofs</source>
        <translation>Пацвярджэнні ланцуга захоўвання</translation>
    </message>
    <message>
        <source>Sealed by key</source>
        <translation>Запячатаны ключом</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Адбітак ключа</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Змесціва</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender by voice or another trusted channel: the bundle proves which key sealed it, not whose key that is.</source>
        <translation>Зверце адбітак ключа з адпраўніком голасам або праз іншы надзейны канал: пакет даказвае, якім ключом ён запячатаны, але не тое, чый гэта ключ.</translation>
    </message>
    <message>
        <source>Files in the bundle and their checks</source>
        <translation>Файлы ў пакеце і вынікі іх праверкі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Выдалена</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Далучэнні</translation>
    </message>
    <message>
        <source>Capture-time provenance (the sender&apos;s record)</source>
        <translation>Паходжанне на момант здымкі (запіс адпраўніка)</translation>
    </message>
    <message>
        <source>Checks, problems and statements</source>
        <translation>Праверкі, праблемы і сведчанні</translation>
    </message>
    <message>
        <source>Verified: the bundle is intact and signed</source>
        <translation>Праверана: пакет цэлы і падпісаны</translation>
    </message>
    <message>
        <source>Verification FAILED: do not rely on this bundle</source>
        <translation>Праверка НЕ ПРАЙШЛА: не давярайце гэтаму пакету</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невядома</translation>
    </message>
    <message>
        <source>originals, byte-exact</source>
        <translation>арыгіналы, байт у байт</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>ачышчаныя копіі</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), {profile}</source>
        <translation>
            <numerusform>%n файл, {profile}</numerusform>
            <numerusform>%n файлы, {profile}</numerusform>
            <numerusform>%n файлаў, {profile}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n statement(s)</source>
        <translation>
            <numerusform>; %n сведчанне</numerusform>
            <numerusform>; %n сведчанні</numerusform>
            <numerusform>; %n сведчанняў</numerusform>
        </translation>
    </message>
    <message>
        <source>FAILED: {p}</source>
        <translation>ПРАВЕРКА НЕ ПРАЙШЛА: {p}</translation>
    </message>
    <message>
        <source>ok: signatures and inclusion proofs verified against the sender&apos;s log ({n} events)</source>
        <translation>у парадку: подпісы і пацвярджэнні ўключэння правераны па журнале адпраўніка (падзей: {n})</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не праверана</translation>
    </message>
    <message>
        <source>pixels re-encoded; </source>
        <translation>пікселі перакадаваны; </translation>
    </message>
    <message>
        <source>hash failed</source>
        <translation>хэш не супадае</translation>
    </message>
    <message>
        <source>hash ok</source>
        <translation>хэш супадае</translation>
    </message>
    <message>
        <source>nothing (original)</source>
        <translation>нічога (арыгінал)</translation>
    </message>
    <message>
        <source>PROBLEM: {p}</source>
        <translation>ПРАБЛЕМА: {p}</translation>
    </message>
    <message>
        <source>ok: {c}</source>
        <translation>у парадку: {c}</translation>
    </message>
    <message>
        <source>NOT COVERED: {n}</source>
        <translation>НЕ ПРАВЕРАНА: {n}</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym}), version SHA-256 {sha}{identity}</source>
        <translation>Сведчанне {id} ({pseudonym}), SHA-256 версіі {sha}{identity}</translation>
    </message>
    <message>
        <source>, with the witness&apos;s identity</source>
        <translation>, са звесткамі пра асобу сведкі</translation>
    </message>
    <message>
        <source>Sealed to: {r}</source>
        <translation>Запячатаны для: {r}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Рэдагаваць справу</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новая справа</translation>
    </message>
    <message>
        <source>A case groups items and statements about one incident. Drag items from the grid onto a case in the sidebar to file them under it.</source>
        <translation>Справа аб&apos;ядноўвае запісы і сведчанні пра адно здарэнне. Каб далучыць запісы да справы, перацягніце іх з сеткі на справу на бакавой панэлі.</translation>
    </message>
    <message>
        <source>Case name (short, unique)</source>
        <translation>Назва справы (кароткая, непаўторная)</translation>
    </message>
    <message>
        <source>e.g. Pushkinskaya 2020-08-10</source>
        <translation>напрыклад, Пушкінская 2020-08-10</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Што адбылося, у некалькіх словах</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата пачатку</translation>
    </message>
    <message>
        <source>2020-08-10</source>
        <translation>2020-08-10</translation>
    </message>
    <message>
        <source>End date (optional)</source>
        <translation>Дата заканчэння (неабавязкова)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>неабавязкова</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Апісанне</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>to</source>
        <translation>па</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Захаваць змены</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Стварыць справу</translation>
    </message>
    <message>
        <source>A case keeps its name; change the title instead.</source>
        <translation>Назву справы змяніць нельга; змяніце загаловак.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запіс</numerusform>
            <numerusform>%n запісы</numerusform>
            <numerusform>%n запісаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n сведчанне</numerusform>
            <numerusform>%n сведчанні</numerusform>
            <numerusform>%n сведчанняў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Images</source>
        <translation>Выявы</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Відэа</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аўдыё</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Тэкст</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-дакументы</translation>
    </message>
    <message>
        <source>ZIP archives</source>
        <translation>Архівы ZIP</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Іншыя файлы</translation>
    </message>
    <message>
        <source>Empty files</source>
        <translation>Пустыя файлы</translation>
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
        <translation>{m} хв {s} с</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} гадз {m} хв</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent for the statements</source>
        <translation>Згода на перадачу сведчанняў</translation>
    </message>
    <message>
        <source>Statements go only where the witness&apos;s recorded consent covers these recipients. They travel under the pseudonym; the witness&apos;s identity is never included here.</source>
        <translation>Сведчанні перадаюцца толькі тады, калі запісаная згода сведкі распаўсюджваецца на гэтых атрымальнікаў. Яны перадаюцца пад псеўданімам; звесткі пра асобу сведкі сюды ніколі не ўключаюцца.</translation>
    </message>
    <message>
        <source>Statements and their consent</source>
        <translation>Сведчанні і згода на іх перадачу</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>дазволена</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>АДХІЛЕНА</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym}): {mark}
{reason}</source>
        <translation>Сведчанне {id} ({pseudonym}): {mark}
{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) cannot go to these recipients. Change the recipients, or export the items without the case.</source>
        <translation>
            <numerusform>%n сведчанне нельга перадаць гэтым атрымальнікам. Змяніце атрымальнікаў або экспартуйце запісы без справы.</numerusform>
            <numerusform>%n сведчанні нельга перадаць гэтым атрымальнікам. Змяніце атрымальнікаў або экспартуйце запісы без справы.</numerusform>
            <numerusform>%n сведчанняў нельга перадаць гэтым атрымальнікам. Змяніце атрымальнікаў або экспартуйце запісы без справы.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourtReport</name>
    <message>
        <source>Verification report of a received bundle</source>
        <translation>Справаздача пра праверку атрыманага пакета</translation>
    </message>
    <message>
        <source>VERIFIED: every file, signature and custody proof below checked out.</source>
        <translation>ПРАВЕРАНА: кожны файл, подпіс і пацвярджэнне ланцуга захоўвання ніжэй прайшлі праверку.</translation>
    </message>
    <message>
        <source>FAILED: this bundle did not verify. Do not rely on it.</source>
        <translation>ПРАВЕРКА НЕ ПРОЙДЗЕНА: гэты пакет не прайшоў праверку. Не спадзявайцеся на яго.</translation>
    </message>
    <message>
        <source>Nothing after the problems is verified: it is what the bundle says of itself, shown only so that the failure can be examined.</source>
        <translation>Нішто пасля праблем не праверана: гэта тое, што пакет кажа пра сябе, паказанае толькі для вывучэння збою.</translation>
    </message>
    <message>
        <source>Page {page} of {pages} · bundle file SHA-256 {sha256}</source>
        <translation>Старонка {page} з {pages} · SHA-256 файла пакета {sha256}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывад</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Справаздача складзена</translation>
    </message>
    <message>
        <source>This report was made by Evidence Vault from the bundle file whose SHA-256 is printed at the foot of every page. Anyone holding the bundle and a recipient&apos;s key can make it again.</source>
        <translation>Гэтую справаздачу склаў Evidence Vault з файла пакета, SHA-256 якога надрукаваны ўнізе кожнай старонкі. Кожны, хто мае пакет і ключ атрымальніка, можа скласці яе зноў.</translation>
    </message>
    <message>
        <source>The bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Bundle ID</source>
        <translation>Ідэнтыфікатар пакета</translation>
    </message>
    <message>
        <source>SHA-256 of the bundle file</source>
        <translation>SHA-256 файла пакета</translation>
    </message>
    <message>
        <source>Bundle format</source>
        <translation>Фармат пакета</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Змесціва</translation>
    </message>
    <message>
        <source>Sealed at (the sender&apos;s clock)</source>
        <translation>Запячатаны (па гадзінніку адпраўніка)</translation>
    </message>
    <message>
        <source>Fingerprint of the signing key</source>
        <translation>Адбітак ключа подпісу</translation>
    </message>
    <message>
        <source>minisign public key</source>
        <translation>Публічны ключ minisign</translation>
    </message>
    <message>
        <source>Ed25519 public key</source>
        <translation>Публічны ключ Ed25519</translation>
    </message>
    <message>
        <source>Sender&apos;s vault ID</source>
        <translation>Ідэнтыфікатар сховішча адпраўніка</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the sender&apos;s by voice or another trusted channel: the bundle proves which key sealed it, not whose key that is.</source>
        <translation>Параўнайце адбітак з адбіткам адпраўніка голасам або праз іншы давераны канал: пакет даказвае, які ключ яго запячатаў, але не тое, чый гэта ключ.</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Для каго запячатаны</translation>
    </message>
    <message>
        <source>Checks made</source>
        <translation>Зробленыя праверкі</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>не ахоплена</translation>
    </message>
    <message>
        <source>originals, byte-exact</source>
        <translation>арыгіналы, байт у байт</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>ачышчаныя копіі</translation>
    </message>
    <message>
        <source>anonymised copies (faces hidden)</source>
        <translation>ананімізаваныя копіі (твары схаваны)</translation>
    </message>
    <message>
        <source>{files} file(s), {statements} statement(s): {profile}</source>
        <translation>Файлаў: {files}, сведчанняў: {statements}; {profile}</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>Файл {n} з {total}: {name}</translation>
    </message>
    <message>
        <source>Path in the bundle</source>
        <translation>Шлях у пакеце</translation>
    </message>
    <message>
        <source>Item number in the sender&apos;s vault</source>
        <translation>Нумар элемента ў сховішчы адпраўніка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
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
        <translation>Тып змесціва</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Арыгінальная назва</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 арыгінала</translation>
    </message>
    <message>
        <source>What was done to it</source>
        <translation>Што з ім зроблена</translation>
    </message>
    <message>
        <source>Nothing: this is the original, byte-exact (its SHA-256 is the original&apos;s).</source>
        <translation>Нічога: гэта арыгінал, байт у байт (яго SHA-256 — SHA-256 арыгінала).</translation>
    </message>
    <message>
        <source>The original with device-identifying fields withheld ({fields}); removed: {removed}.</source>
        <translation>Арыгінал з утоенымі палямі, што ідэнтыфікуюць прыладу ({fields}); выдалена: {removed}.</translation>
    </message>
    <message>
        <source>A sanitized copy of the original; removed: {removed}.</source>
        <translation>Ачышчаная копія арыгінала; выдалена: {removed}.</translation>
    </message>
    <message>
        <source>Its pixels were re-encoded: the copy&apos;s bytes differ from the original&apos;s.</source>
        <translation>Яе пікселі перакадаваны: байты копіі адрозніваюцца ад байтаў арыгінала.</translation>
    </message>
    <message>
        <source>An anonymised copy: {boxes} face box(es) in {tracks} track(s) hidden; voice disguised: {voice}; sound removed: {sound}.</source>
        <translation>Ананімізаваная копія: схавана абласцей з тварамі — {boxes}, трэкаў — {tracks}; голас зменены: {voice}; гук выдалены: {sound}.</translation>
    </message>
    <message>
        <source>SHA-256 of the face-detection model</source>
        <translation>SHA-256 мадэлі пошуку твараў</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невядома</translation>
    </message>
    <message>
        <source>Witness statements</source>
        <translation>Сведчанні</translation>
    </message>
    <message>
        <source>Statement {id} ({pseudonym})</source>
        <translation>Сведчанне {id} ({pseudonym})</translation>
    </message>
    <message>
        <source>SHA-256 of the version sent</source>
        <translation>SHA-256 адпраўленай версіі</translation>
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
        <translation>Асоба сведкі ўключана</translation>
    </message>
    <message>
        <source>{path}, SHA-256</source>
        <translation>{path}, SHA-256</translation>
    </message>
    <message>
        <source>Custody: the sender&apos;s signed tree head</source>
        <translation>Ланцуг захоўвання: падпісаная вяршыня дрэва адпраўніка</translation>
    </message>
    <message>
        <source>The sender&apos;s vault signed this head of its custody log (an RFC 9162 Merkle tree of every event). Each event below carries an audit path that leads from its leaf to this root.</source>
        <translation>Сховішча адпраўніка падпісала гэтую вяршыню свайго журнала захоўвання (дрэва Меркла паводле RFC 9162 з усіх падзей). Кожная падзея ніжэй мае шлях праверкі ад свайго ліста да гэтага кораня.</translation>
    </message>
    <message>
        <source>Events in the log</source>
        <translation>Падзей у журнале</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Хэш кораня</translation>
    </message>
    <message>
        <source>Signed at (the sender&apos;s clock)</source>
        <translation>Падпісана (па гадзінніку адпраўніка)</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>Подпіс Ed25519</translation>
    </message>
    <message>
        <source>Extends the log sent in an earlier bundle: {size} events, root</source>
        <translation>Працягвае журнал, адпраўлены ў ранейшым пакеце: падзей {size}, корань</translation>
    </message>
    <message>
        <source>Consistency proof</source>
        <translation>Доказ узгодненасці</translation>
    </message>
    <message>
        <source>Custody timeline of file {n}</source>
        <translation>Храналогія захоўвання файла {n}</translation>
    </message>
    <message>
        <source>No custody event in this bundle names this file.</source>
        <translation>Ніводная падзея захоўвання ў гэтым пакеце не называе гэты файл.</translation>
    </message>
    <message>
        <source>{time} · event {seq}</source>
        <translation>{time} · падзея {seq}</translation>
    </message>
    <message>
        <source>SHA-256 of the event</source>
        <translation>SHA-256 падзеі</translation>
    </message>
    <message>
        <source>Merkle leaf {index}, hash</source>
        <translation>Ліст Меркла {index}, хэш</translation>
    </message>
    <message>
        <source>Audit path ({count} hashes)</source>
        <translation>Шлях праверкі (хэшаў: {count})</translation>
    </message>
    <message>
        <source>none: the log held this one event</source>
        <translation>няма: у журнале была толькі гэтая падзея</translation>
    </message>
    <message>
        <source>The event&apos;s signature and its inclusion proof against the signed head verified.</source>
        <translation>Подпіс падзеі і яе доказ уключэння адносна падпісанай вяршыні праверана.</translation>
    </message>
    <message>
        <source>Custody events about no file in this bundle</source>
        <translation>Падзеі захоўвання, што не датычацца ніводнага файла гэтага пакета</translation>
    </message>
    <message>
        <source>Custody events withheld by the {profile} profile</source>
        <translation>Падзеі захоўвання, утоеныя профілем {profile}</translation>
    </message>
    <message>
        <source>These events record what the copies no longer show (where or when the originals were taken, who reviewed an anonymised copy). The bundle carries only their hashes, proven to be in the signed log.</source>
        <translation>Гэтыя падзеі фіксуюць тое, чаго копіі ўжо не паказваюць (дзе і калі зроблены арыгіналы, хто правяраў ананімізаваную копію). Пакет нясе толькі іх хэшы, наяўнасць якіх у падпісаным журнале даказана.</translation>
    </message>
    <message>
        <source>Event {seq}, SHA-256</source>
        <translation>Падзея {seq}, SHA-256</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA)</source>
        <translation>Уліковыя даныя змесціва (C2PA)</translation>
    </message>
    <message>
        <source>ProofMode</source>
        <translation>ProofMode</translation>
    </message>
    <message>
        <source>Capture-time provenance</source>
        <translation>Паходжанне на момант здымкі</translation>
    </message>
    <message>
        <source>No capture-time provenance recorded by the sender.</source>
        <translation>Адпраўнік не запісаў звестак пра паходжанне на момант здымкі.</translation>
    </message>
    <message>
        <source>Not carried: the sanitized copy no longer holds the original&apos;s Content Credentials.</source>
        <translation>Не перададзена: ачышчаная копія больш не мае Content Credentials арыгінала.</translation>
    </message>
    <message>
        <source>Recorded by the sender&apos;s vault at {time}. This is the sender&apos;s finding, carried in the signed manifest, not a check made by this report:</source>
        <translation>Запісана сховішчам адпраўніка {time}. Гэта вывад адпраўніка, перададзены ў падпісаным маніфесце, а не праверка, зробленая гэтай справаздачай:</translation>
    </message>
    <message>
        <source>The sender&apos;s record of it is malformed and is not shown.</source>
        <translation>Запіс адпраўніка пра гэта пашкоджаны і не паказваецца.</translation>
    </message>
    <message>
        <source>Attachments that came with the file</source>
        <translation>Далучэнні, што прыйшлі з файлам</translation>
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
        <translation>Дададзена ў архіў</translation>
    </message>
    <message>
        <source>Imported again (already present)</source>
        <translation>Дададзена паўторна (ужо было ў архіве)</translation>
    </message>
    <message>
        <source>Imported again after deletion</source>
        <translation>Дададзена паўторна пасля выдалення</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Прагледжана</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>Прайграна</translation>
    </message>
    <message>
        <source>Exported a copy</source>
        <translation>Экспартавана копія</translation>
    </message>
    <message>
        <source>Metadata read</source>
        <translation>Прачытаны метаданыя</translation>
    </message>
    <message>
        <source>Preview checked against the picture</source>
        <translation>Папярэдні прагляд звераны з выявай</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA) read</source>
        <translation>Уліковыя даныя змесціва (C2PA) прачытаны</translation>
    </message>
    <message>
        <source>Perceptual hash computed</source>
        <translation>Вылічаны перцэптыўны хэш</translation>
    </message>
    <message>
        <source>C2PA trust anchor installed</source>
        <translation>Усталяваны якар даверу C2PA</translation>
    </message>
    <message>
        <source>C2PA trust anchor removed</source>
        <translation>Выдалены якар даверу C2PA</translation>
    </message>
    <message>
        <source>Cleaned copy made</source>
        <translation>Зроблена ачышчаная копія</translation>
    </message>
    <message>
        <source>Deleted (record kept)</source>
        <translation>Выдалена (запіс захаваны)</translation>
    </message>
    <message>
        <source>Sealed in a bundle</source>
        <translation>Запячатана ў пакет</translation>
    </message>
    <message>
        <source>Received in a bundle</source>
        <translation>Атрымана ў пакеце</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Створана справа</translation>
    </message>
    <message>
        <source>Added to a case</source>
        <translation>Дададзена да справы</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Праверана</translation>
    </message>
    <message>
        <source>Archive created</source>
        <translation>Створаны архіў</translation>
    </message>
    <message>
        <source>Archive upgraded</source>
        <translation>Архіў абноўлены</translation>
    </message>
    <message>
        <source>An older copy of the archive was opened</source>
        <translation>Адкрыта старэйшая копія архіва</translation>
    </message>
    <message>
        <source>Interrupted import cleaned up</source>
        <translation>Прыбраны вынікі перапыненага дадання</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза зменена</translation>
    </message>
    <message>
        <source>New recovery code made</source>
        <translation>Створаны новы код аднаўлення</translation>
    </message>
    <message>
        <source>Key slot added</source>
        <translation>Дададзены слот ключа</translation>
    </message>
    <message>
        <source>Key slot removed</source>
        <translation>Выдалены слот ключа</translation>
    </message>
    <message>
        <source>Interrupted key change settled</source>
        <translation>Перапыненая змена ключа завершана</translation>
    </message>
    <message>
        <source>Anchor shown</source>
        <translation>Паказаны якар</translation>
    </message>
    <message>
        <source>Bundle key created</source>
        <translation>Створаны ключ для пакетаў</translation>
    </message>
    <message>
        <source>Recipient added</source>
        <translation>Дададзены атрымальнік</translation>
    </message>
    <message>
        <source>Recipient removed</source>
        <translation>Выдалены атрымальнік</translation>
    </message>
    <message>
        <source>Statement written</source>
        <translation>Запісана сведчанне</translation>
    </message>
    <message>
        <source>Statement amended</source>
        <translation>Сведчанне зменена</translation>
    </message>
    <message>
        <source>Witness identity stored</source>
        <translation>Захаваны звесткі пра асобу сведкі</translation>
    </message>
    <message>
        <source>Statement tagged</source>
        <translation>Сведчанню дададзены тэг</translation>
    </message>
    <message>
        <source>Statement rendered as a document</source>
        <translation>Сведчанне аформлена як дакумент</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Запісана згода</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Згода адклікана</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Справа зменена</translation>
    </message>
    <message>
        <source>Statement added to a case</source>
        <translation>Сведчанне дададзена да справы</translation>
    </message>
</context>
<context>
    <name>CustodySentence</name>
    <message>
        <source>Imported {items} ({size}, {type}) from “{source}”; SHA-256 {sha256}.</source>
        <translation>Імпартавана {items} ({size}, {type}) з «{source}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>“{source}” was imported again: the same bytes as {items} (SHA-256 {sha256}), kept once.</source>
        <translation>«{source}» імпартавана зноў: тыя самыя байты, што і {items} (SHA-256 {sha256}), захоўваюцца адзін раз.</translation>
    </message>
    <message>
        <source>Imported again after its deletion: {items} from “{source}”; SHA-256 {sha256}.</source>
        <translation>Імпартавана зноў пасля выдалення: {items} з «{source}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>{items} was opened for viewing.</source>
        <translation>{items}: адкрыта для прагляду.</translation>
    </message>
    <message>
        <source>{items} was played.</source>
        <translation>{items}: прайгравалася.</translation>
    </message>
    <message>
        <source>A copy of {items} was written out as “{destination}”; SHA-256 {sha256}.</source>
        <translation>Копія {items} запісана як «{destination}»; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>The metadata of {items} was read.</source>
        <translation>Метаданыя {items} прачытаныя.</translation>
    </message>
    <message>
        <source>The metadata of {items} was read only in part: {reason}</source>
        <translation>Метаданыя {items} прачытаныя толькі часткова: {reason}</translation>
    </message>
    <message>
        <source>The metadata of {items} could not be read ({status}): {reason}</source>
        <translation>Метаданыя {items} не ўдалося прачытаць ({status}): {reason}</translation>
    </message>
    <message>
        <source>The preview embedded in {items} was compared with the picture: they match.</source>
        <translation>Мініяцюра ўнутры {items} параўнаная з выявай: яны супадаюць.</translation>
    </message>
    <message>
        <source>The preview embedded in {items} differs from the picture: it may show the picture as it was before an edit.</source>
        <translation>Мініяцюра ўнутры {items} адрозніваецца ад выявы: яна можа паказваць выяву такой, якой яна была да праўкі.</translation>
    </message>
    <message>
        <source>The preview embedded in {items} could not be compared with the picture ({check}).</source>
        <translation>Мініяцюру ўнутры {items} не ўдалося параўнаць з выявай ({check}).</translation>
    </message>
    <message>
        <source>A cleaned copy of {items} was made ({type}); original SHA-256 {original}, copy SHA-256 {copy}; removed: {removed}.</source>
        <translation>Зроблена ачышчаная копія {items} ({type}); SHA-256 арыгінала {original}, SHA-256 копіі {copy}; выдалена: {removed}.</translation>
    </message>
    <message>
        <source>The bytes of {items} were deleted (reason: {reason}); SHA-256 {sha256}. Its record stays.</source>
        <translation>Байты {items} выдаленыя (прычына: {reason}); SHA-256 {sha256}. Запіс пра іх застаецца.</translation>
    </message>
    <message>
        <source>Bundle {bundle} was sealed for {recipients}: {files} file(s); bundle SHA-256 {sha256}.</source>
        <translation>Пакет {bundle} запячатаны для {recipients}: файлаў — {files}; SHA-256 пакета {sha256}.</translation>
    </message>
    <message>
        <source>Bundle {bundle}, sealed by key {sender}, was received: {files} file(s), {items}.</source>
        <translation>Атрыманы пакет {bundle}, запячатаны ключом {sender}: файлаў — {files}, {items}.</translation>
    </message>
    <message>
        <source>The archive was verified: {result}; {checked} item(s) and {events} event(s) checked.</source>
        <translation>Архіў правераны: {result}; праверана элементаў — {checked}, падзей — {events}.</translation>
    </message>
    <message>
        <source>This archive was created; its signing key is {key}.</source>
        <translation>Гэты архіў створаны; яго ключ подпісу — {key}.</translation>
    </message>
    <message>
        <source>Case “{name}” was created.</source>
        <translation>Створаная справа «{name}».</translation>
    </message>
    <message>
        <source>{items} was added to case “{name}”.</source>
        <translation>{items} дададзена ў справу «{name}».</translation>
    </message>
    <message>
        <source>{items} was taken out of case “{name}”.</source>
        <translation>{items} выключана са справы «{name}».</translation>
    </message>
    <message>
        <source>Statement {statement} was written (version {version}, SHA-256 {sha256}).</source>
        <translation>Запісаныя паказанні {statement} (версія {version}, SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Statement {statement} was amended: version {version}, SHA-256 {sha256}, after {previous}.</source>
        <translation>Паказанні {statement} зменены: версія {version}, SHA-256 {sha256}, пасля {previous}.</translation>
    </message>
    <message>
        <source>Consent for statement {statement} was recorded: {audience}.</source>
        <translation>Запісаная згода на паказанні {statement}: {audience}.</translation>
    </message>
    <message>
        <source>Consent for statement {statement} was withdrawn.</source>
        <translation>Згода на паказанні {statement} адкліканая.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: signed by {signer}, unchanged since, and the signer&apos;s chain ends at an installed trust anchor.</source>
        <translation>Content Credentials {items} правераны: падпісана {signer}, з таго часу не зменена, і ланцуг падпісанта заканчваецца ўсталяваным якарам даверу.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: signed by {signer} and unchanged since; no installed trust anchor vouches for the signer.</source>
        <translation>Content Credentials {items} правераны: падпісана {signer} і з таго часу не зменена; ніводзін усталяваны якар даверу не пацвярджае падпісанта.</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were checked: the file was CHANGED after {signer} signed it.</source>
        <translation>Content Credentials {items} правераны: файл быў ЗМЕНЕНЫ пасля таго, як {signer} падпісаў яго.</translation>
    </message>
    <message>
        <source>{items} carries no Content Credentials (C2PA).</source>
        <translation>{items} не мае Content Credentials (C2PA).</translation>
    </message>
    <message>
        <source>The Content Credentials of {items} were read; the verdict: {verdict}.</source>
        <translation>Content Credentials {items} прачытаны; вердыкт: {verdict}.</translation>
    </message>
    <message>
        <source>{count} proof file(s) were stored beside {items}: {names}.</source>
        <translation>Файлаў доказу, захаваных побач з {items}: {count} ({names}).</translation>
    </message>
    <message>
        <source>The ProofMode proofs of {items} were checked: {valid} of {signatures} signature(s) valid.</source>
        <translation>Доказы ProofMode для {items} правераны: сапраўдных подпісаў — {valid} з {signatures}.</translation>
    </message>
    <message>
        <source>Perceptual hashes of {items} were computed, for finding look-alikes: {count}.</source>
        <translation>Перцэптыўныя хэшы {items} вылічаныя для пошуку падобных: {count}.</translation>
    </message>
    <message>
        <source>{items} has no picture or video to compute a perceptual hash of.</source>
        <translation>У {items} няма выявы або відэа, з якіх можна вылічыць перцэптыўны хэш.</translation>
    </message>
    <message>
        <source>No perceptual hash of {items} could be computed ({status}): {reason}</source>
        <translation>Перцэптыўны хэш {items} не ўдалося вылічыць ({status}): {reason}</translation>
    </message>
    <message>
        <source>A trust anchor for Content Credentials was installed: {subject}.</source>
        <translation>Усталяваны якар даверу для Content Credentials: {subject}.</translation>
    </message>
    <message>
        <source>The trust anchor {subject} was removed.</source>
        <translation>Якар даверу {subject} выдалены.</translation>
    </message>
    <message>
        <source>An anchor of the log was shown: {size} events, root {root}.</source>
        <translation>Паказаны якар журнала: падзей — {size}, корань {root}.</translation>
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
        <translation>Журнал захоўвання</translation>
    </message>
    <message>
        <source>Only events about the selected item</source>
        <translation>Толькі падзеі, што датычаць выбранага запісу</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>Толькі {name}</translation>
    </message>
    <message>
        <source>Only the selected item</source>
        <translation>Толькі выбраны запіс</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Што адбылося</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Усё</translation>
    </message>
    <message>
        <source>Custody events</source>
        <translation>Падзеі журнала захоўвання</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Выяўленыя праблемы</translation>
    </message>
    <message>
        <source>EV2-…  an anchor code kept outside the archive</source>
        <translation>EV2-…  код якара, які захоўваўся па-за архівам</translation>
    </message>
    <message>
        <source>Anchor code to check</source>
        <translation>Код якара для праверкі</translation>
    </message>
    <message>
        <source>Check an anchor</source>
        <translation>Праверыць якар</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Праверыць зараз</translation>
    </message>
    <message>
        <source>Show anchor…</source>
        <translation>Паказаць якар…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Verifying every item and every custody event…</source>
        <translation>Праверка кожнага запісу і кожнай падзеі журнала захоўвання…</translation>
    </message>
    <message numerus="yes">
        <source>PASSED: %n item(s) and their custody events are intact.</source>
        <translation>
            <numerusform>ПРАВЕРКА ПРАЙШЛА: %n запіс і падзеі журнала захоўвання цэлыя.</numerusform>
            <numerusform>ПРАВЕРКА ПРАЙШЛА: %n запісы і падзеі журнала захоўвання цэлыя.</numerusform>
            <numerusform>ПРАВЕРКА ПРАЙШЛА: %n запісаў і падзеі журнала захоўвання цэлыя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) found.</source>
        <translation>
            <numerusform>ПРАВЕРКА НЕ ПРАЙШЛА: выяўлена %n праблема.</numerusform>
            <numerusform>ПРАВЕРКА НЕ ПРАЙШЛА: выяўлены %n праблемы.</numerusform>
            <numerusform>ПРАВЕРКА НЕ ПРАЙШЛА: выяўлена %n праблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: {e}</source>
        <translation>Не ўдалося правесці праверку: {e}</translation>
    </message>
    <message>
        <source>The anchor could not be made: {e}</source>
        <translation>Не ўдалося стварыць якар: {e}</translation>
    </message>
    <message>
        <source>Anchor holds</source>
        <translation>Якар пацверджаны</translation>
    </message>
    <message>
        <source>Anchor does NOT hold</source>
        <translation>Якар НЕ пацверджаны</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Па</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>З даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Па дату</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where to write it</source>
        <translation>Куды запісаць</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Яшчэ нічога не выбрана.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Месца запісу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбраць…</translation>
    </message>
    <message>
        <source>Choose where to write it</source>
        <translation>Выберыце, куды запісаць</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>Захаваць пакет як</translation>
    </message>
    <message>
        <source>Sealed bundles (*.evb)</source>
        <translation>Запячатаныя пакеты (*.evb)</translation>
    </message>
    <message>
        <source>Choose an empty folder</source>
        <translation>Выберыце пустую папку</translation>
    </message>
    <message>
        <source>That file already exists. Choose a new name; nothing is overwritten.</source>
        <translation>Такі файл ужо існуе. Выберыце новую назву: нічога не перазапісваецца.</translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty or new folder.</source>
        <translation>Гэтая папка не пустая. Выберыце пустую або новую папку.</translation>
    </message>
    <message>
        <source>Choose a new file for the sealed bundle (.evb). Only the recipients can open it.</source>
        <translation>Выберыце новы файл для запячатанага пакета (.evb). Адкрыць яго могуць толькі атрымальнікі.</translation>
    </message>
    <message>
        <source>originals</source>
        <translation>арыгіналы</translation>
    </message>
    <message>
        <source>copies with the faces hidden</source>
        <translation>копіі са схаванымі тварамі</translation>
    </message>
    <message>
        <source>sanitized copies</source>
        <translation>ачышчаныя копіі</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) as {kind}, sealed to {who} and this archive.</source>
        <translation>
            <numerusform>%n файл ({kind}), запячатаны для {who} і для гэтага архіва.</numerusform>
            <numerusform>%n файлы ({kind}), запячатаныя для {who} і для гэтага архіва.</numerusform>
            <numerusform>%n файлаў ({kind}), запячатаныя для {who} і для гэтага архіва.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n statement(s).</source>
        <translation>
            <numerusform>Разам з %n сведчаннем.</numerusform>
            <numerusform>Разам з %n сведчаннямі.</numerusform>
            <numerusform>Разам з %n сведчаннямі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an empty folder. The cleaned copies are written there as ordinary files that anyone with the folder can read.</source>
        <translation>Выберыце пустую папку. Ачышчаныя копіі будуць запісаны туды як звычайныя файлы, якія можа прачытаць кожны, у каго ёсць гэтая папка.</translation>
    </message>
    <message numerus="yes">
        <source>%n sanitized file(s).</source>
        <translation>
            <numerusform>%n ачышчаны файл.</numerusform>
            <numerusform>%n ачышчаныя файлы.</numerusform>
            <numerusform>%n ачышчаных файлаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements are never written to a plain folder; they are left out.</source>
        <translation>Сведчанні ніколі не запісваюцца ў звычайную папку; яны не ўключаюцца.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Item details</source>
        <translation>Звесткі пра запіс</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Выберыце запіс, каб убачыць звесткі пра яго.</translation>
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
        <translation>Скапіяваць SHA-256</translation>
    </message>
    <message>
        <source>Copy SHA-256 to the clipboard</source>
        <translation>Скапіяваць SHA-256 у буфер абмену</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Дададзены ў архіў</translation>
    </message>
    <message>
        <source>Filed under</source>
        <translation>Належыць да</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тэгі</translation>
    </message>
    <message>
        <source>Capture time and place</source>
        <translation>Час і месца запісу</translation>
    </message>
    <message>
        <source>About the preview</source>
        <translation>Пра папярэдні прагляд</translation>
    </message>
    <message>
        <source>Metadata by risk</source>
        <translation>Метаданыя паводле рызыкі</translation>
    </message>
    <message>
        <source>The value as stored in the file</source>
        <translation>Значэнне, як яно захоўваецца ў файле</translation>
    </message>
    <message>
        <source>Copies made for publishing</source>
        <translation>Копіі для публікацыі</translation>
    </message>
    <message>
        <source>Custody history</source>
        <translation>Гісторыя захоўвання</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA)</source>
        <translation>Уліковыя даныя змесціва (C2PA)</translation>
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
        <translation>няма</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>гэты файл</translation>
    </message>
    <message>
        <source>Faces hidden</source>
        <translation>Твары схаваныя</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>Метаданыя выдаленыя</translation>
    </message>
    <message>
        <source>Fields withheld</source>
        <translation>Палі ўтоеныя</translation>
    </message>
    <message>
        <source>boxes confirmed by {who}</source>
        <translation>рамкі пацвердзіў(-ла) {who}</translation>
    </message>
    <message>
        <source>The preview is the file&apos;s own embedded thumbnail. It has not yet been checked against the picture itself, and may show something else.</source>
        <translation>Папярэдні прагляд — гэта ўбудаваная мініяцюра самога файла. Яе яшчэ не зверылі з самой выявай, і яна можа паказваць нешта іншае.</translation>
    </message>
    <message>
        <source>The preview is the file&apos;s own embedded thumbnail. The picture itself could not be decoded, so the thumbnail could not be checked against it.</source>
        <translation>Папярэдні прагляд — гэта ўбудаваная мініяцюра самога файла. Саму выяву не ўдалося дэкадаваць, таму мініяцюру нельга было зверыць з ёй.</translation>
    </message>
    <message>
        <source>The file&apos;s embedded thumbnail shows something other than the picture (see High risk below). The preview is made from the picture.</source>
        <translation>Убудаваная мініяцюра файла паказвае не тое, што выява (гл. «Высокая рызыка» ніжэй). Папярэдні прагляд зроблены з самой выявы.</translation>
    </message>
    <message>
        <source>Not read yet: the vault is reading this file&apos;s metadata.</source>
        <translation>Яшчэ не прачытана: архіў чытае метаданыя гэтага файла.</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Аналіз яшчэ не праведзены.</translation>
    </message>
    <message>
        <source>The file does not say when it was recorded.</source>
        <translation>У файле няма звестак пра тое, калі ён быў запісаны.</translation>
    </message>
    <message>
        <source>Recorded at {place}</source>
        <translation>Запісана ў {place}</translation>
    </message>
    <message>
        <source>The file does not say where it was recorded.</source>
        <translation>У файле няма звестак пра тое, дзе ён быў запісаны.</translation>
    </message>
    <message>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} с</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>Старонак: {n}</translation>
    </message>
    <message>
        <source>This kind of file carries no metadata the vault can read.</source>
        <translation>Файлы гэтага тыпу не маюць метаданых, якія архіў умее чытаць.</translation>
    </message>
    <message>
        <source>High risk: can identify people or places</source>
        <translation>Высокая рызыка: па іх можна ўстанавіць людзей або месцы</translation>
    </message>
    <message>
        <source>Medium risk: device, software and times</source>
        <translation>Сярэдняя рызыка: прылада, праграмы і час</translation>
    </message>
    <message>
        <source>Low risk: technical details</source>
        <translation>Нізкая рызыка: тэхнічныя звесткі</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>і яшчэ {n}</translation>
    </message>
    <message>
        <source>No metadata found in this file.</source>
        <translation>У гэтым файле метаданых не знойдзена.</translation>
    </message>
    <message>
        <source>Technical detail about how the picture or sound is stored. Rarely says anything about people.</source>
        <translation>Тэхнічныя звесткі пра тое, як захоўваецца выява або гук. Рэдка кажуць нешта пра людзей.</translation>
    </message>
    <message>
        <source>Where this was recorded. Anyone who sees it can find the place, and perhaps the person.</source>
        <translation>Дзе гэта было запісана. Кожны, хто гэта ўбачыць, можа знайсці месца, а магчыма, і чалавека.</translation>
    </message>
    <message>
        <source>Part of the position record written by the device.</source>
        <translation>Частка звестак пра месцазнаходжанне, запісаных прыладай.</translation>
    </message>
    <message>
        <source>A name, account or device serial inside the file&apos;s Content Credentials (C2PA): an author, an identity assertion, or the signer&apos;s certificate. It identifies who or what made the file.</source>
        <translation>Імя, уліковы запіс або серыйны нумар прылады ва ўліковых даных змесціва (C2PA): аўтар, сцвярджэнне пра асобу або сертыфікат таго, хто падпісаў. Яны паказваюць, хто або што стварыў файл.</translation>
    </message>
    <message>
        <source>A number unique to one device or one file. It can tie this file to a phone or camera, and to every other file it made.</source>
        <translation>Нумар, унікальны для адной прылады або аднаго файла. Па ім гэты файл можна звязаць з тэлефонам або камерай і з усімі іншымі файламі, якія яны зрабілі.</translation>
    </message>
    <message>
        <source>A camera maker&apos;s private block. Often holds serial numbers and settings no one reviews.</source>
        <translation>Уласны блок вытворцы камеры. Часта змяшчае серыйныя нумары і налады, якія ніхто не правярае.</translation>
    </message>
    <message>
        <source>A track of timed data (text, subtitles, sensor or position samples) beside the picture and sound.</source>
        <translation>Дарожка даных з часавымі адзнакамі (тэкст, субтытры, паказанні датчыкаў або месцазнаходжання) побач з выявай і гукам.</translation>
    </message>
    <message>
        <source>The file&apos;s own thumbnail shows something other than the picture. The photo was probably edited or cropped after it was taken, and the thumbnail may still show the original.</source>
        <translation>Уласная мініяцюра файла паказвае не тое, што выява. Здымак, верагодна, рэдагавалі або абрэзалі пасля здымкі, а мініяцюра можа ўсё яшчэ паказваць арыгінал.</translation>
    </message>
    <message>
        <source>An embedded picture, video or file. It may show what was cropped or hidden in the main picture.</source>
        <translation>Убудаваная выява, відэа або файл. Можа паказаць тое, што было абрэзана або схавана на асноўнай выяве.</translation>
    </message>
    <message>
        <source>Free text someone typed or software stored. It can hold names, places or anything else.</source>
        <translation>Адвольны тэкст, які нехта ўвёў або захавала праграма. Можа змяшчаць імёны, месцы ці што-небудзь яшчэ.</translation>
    </message>
    <message>
        <source>A person&apos;s name or contact. It may identify the person who recorded or handled this.</source>
        <translation>Імя або кантакт чалавека. Па ім можна ўстанавіць асобу таго, хто гэта запісаў або з гэтым працаваў.</translation>
    </message>
    <message>
        <source>Which device or program made or edited this. Narrows down who could have made it.</source>
        <translation>Якая прылада або праграма гэта стварыла ці змяніла. Звужае кола тых, хто мог гэта зрабіць.</translation>
    </message>
    <message>
        <source>When this was made or changed. Can place a person at a moment; a time zone hints at a region.</source>
        <translation>Калі гэта было створана або зменена. Можа паказаць, дзе быў чалавек у пэўны момант; часавы пояс падказвае рэгіён.</translation>
    </message>
    <message>
        <source>Not in our table. Treated as worth a look, because unknown tags sometimes hold private data.</source>
        <translation>Няма ў нашай табліцы. Лічыцца вартым увагі, бо невядомыя палі метаданых часам змяшчаюць асабістыя даныя.</translation>
    </message>
    <message>
        <source>As stored in the file: {value}</source>
        <translation>Як захоўваецца ў файле: {value}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза пад прымусам</translation>
    </message>
    <message>
        <source>A duress passphrase is for when someone forces you to open the archive. Typed instead of your passphrase, it seems to work: it opens a second archive that holds only what you put in it now, or nothing. At the same moment it destroys your real archive. Nobody can recover it afterwards, not you either: your passphrase and your recovery code will then say “wrong passphrase”.

Before you set it up, seal your evidence in a bundle for investigators you trust.

It does not protect a copy of the archive made before the duress passphrase is typed, and destroying evidence can itself be a crime in some countries.</source>
        <translation>Парольная фраза пад прымусам — для выпадку, калі вас прымушаюць адкрыць архіў. Калі ўвесці яе замест вашай парольнай фразы, здаецца, што ўсё спрацавала: адкрываецца другі архіў, у якім ёсць толькі тое, што вы пакладзеце ў яго цяпер, або нічога. У той самы момант ваш сапраўдны архіў знішчаецца. Пасля гэтага ніхто не зможа яго аднавіць, нават вы: на вашу парольную фразу і ваш код аднаўлення праграма будзе адказваць «няправільная парольная фраза».

Перш чым наладжваць яе, запячатайце свае доказы ў пакет для следчых, якім вы давяраеце.

Яна не абараняе копію архіва, зробленую да таго, як была ўведзена парольная фраза пад прымусам, а знішчэнне доказаў у некаторых краінах само па сабе можа быць злачынствам.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Duress passphrase again</source>
        <translation>Парольная фраза пад прымусам яшчэ раз</translation>
    </message>
    <message>
        <source>Nothing (an empty archive)</source>
        <translation>Нічога (пусты архіў)</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Выбраць папку…</translation>
    </message>
    <message>
        <source>I understand that typing it destroys my real archive for good.</source>
        <translation>Я разумею, што яе ўвод назаўсёды знішчыць мой сапраўдны архіў.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Яшчэ раз</translation>
    </message>
    <message>
        <source>What the decoy shows</source>
        <translation>Што паказвае падманны архіў</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Выдаліць парольную фразу пад прымусам</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Наладзіць</translation>
    </message>
    <message>
        <source>Innocuous photos and notes for the decoy</source>
        <translation>Бяскрыўдныя фота і нататкі для падманнага архіва</translation>
    </message>
    <message>
        <source>The two duress passphrases differ.</source>
        <translation>Дзве ўведзеныя парольныя фразы пад прымусам не супадаюць.</translation>
    </message>
    <message>
        <source>Working… this takes a few seconds.</source>
        <translation>Выконваецца… гэта зойме некалькі секунд.</translation>
    </message>
    <message>
        <source>That is not your passphrase.</source>
        <translation>Гэта не ваша парольная фраза.</translation>
    </message>
    <message>
        <source>This is the decoy&apos;s recovery code, not your archive&apos;s. If you are forced to hand over a recovery code, give this one: it opens the decoy and destroys your real archive, like the duress passphrase. Write it down now; it is shown only once.</source>
        <translation>Гэта код аднаўлення падманнага архіва, а не вашага. Калі вас прымусяць аддаць код аднаўлення, аддайце гэты: ён адкрывае падманны архіў і знішчае ваш сапраўдны архіў, як і парольная фраза пад прымусам. Запішыце яго зараз: ён паказваецца толькі адзін раз.</translation>
    </message>
    <message>
        <source>The decoy&apos;s recovery code</source>
        <translation>Код аднаўлення падманнага архіва</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я запісаў(-ла) код</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
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
        <translation>Што адбылося</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Словамі</translation>
    </message>
</context>
<context>
    <name>EventPane</name>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Абярыце падзею, каб прачытаць яе цалкам.</translation>
    </message>
    <message>
        <source>Show the full record</source>
        <translation>Паказаць увесь запіс</translation>
    </message>
    <message>
        <source>The event&apos;s full record</source>
        <translation>Увесь запіс падзеі</translation>
    </message>
    <message>
        <source>Event {seq}, {time}: {sentence}</source>
        <translation>Падзея {seq}, {time}: {sentence}</translation>
    </message>
    <message>
        <source>Hide the full record</source>
        <translation>Схаваць увесь запіс</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export</source>
        <translation>Экспарт</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далей</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Скасаваць экспарт</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Крок {n} з {total}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>The archive is locking; nothing was written.</source>
        <translation>Архіў блакуецца; нічога не запісана.</translation>
    </message>
</context>
<context>
    <name>FindingFaces</name>
    <message>
        <source>Finding faces…</source>
        <translation>Пошук твараў…</translation>
    </message>
    <message>
        <source>Finding faces</source>
        <translation>Пошук твараў</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Finding faces… {percent}%</source>
        <translation>Пошук твараў… {percent}%</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спыненне…</translation>
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
        <translation>Далей</translation>
    </message>
    <message>
        <source>A safe place for your files</source>
        <translation>Бяспечнае месца для вашых файлаў</translation>
    </message>
    <message>
        <source>This app keeps photos, videos, recordings and documents in one locked archive on this computer or on a USB stick. Everything inside is encrypted: without your passphrase nobody can open it, not even with the computer in their hands.</source>
        <translation>Гэтая праграма захоўвае фота, відэа, аўдыязапісы і дакументы ў адным замкнёным архіве на гэтым камп&apos;ютары або на USB-флэшцы. Усё ўнутры зашыфравана: без вашай парольнай фразы ніхто не зможа яго адкрыць, нават калі камп&apos;ютар трапіць яму ў рукі.</translation>
    </message>
    <message>
        <source>Files are stored exactly as they were, with a fingerprint (SHA-256) and a signed record of when they were added and opened, so you can later show they were not changed.</source>
        <translation>Файлы захоўваюцца дакладна такімі, якімі былі, з адбіткам (SHA-256) і падпісаным запісам пра тое, калі іх дадавалі і адкрывалі, — так пазней можна паказаць, што іх не змянялі.</translation>
    </message>
    <message>
        <source>It works without the internet and never sends anything anywhere.</source>
        <translation>Праграма працуе без інтэрнэту і ніколі нікуды нічога не адпраўляе.</translation>
    </message>
    <message>
        <source>Setting up takes about a minute.</source>
        <translation>Наладка займае каля хвіліны.</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>Дзе захоўваць архіў</translation>
    </message>
    <message>
        <source>The archive is one folder. Keep it on this computer, or on a USB stick you can take with you or hide. This choice is remembered.</source>
        <translation>Архіў — гэта адна папка. Захоўвайце яе на гэтым камп&apos;ютары або на USB-флэшцы, якую можна ўзяць з сабой або схаваць. Гэты выбар запомніцца.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Папка архіва</translation>
    </message>
    <message>
        <source>Choose another folder or USB stick…</source>
        <translation>Выбраць іншую папку або USB-флэшку…</translation>
    </message>
    <message>
        <source>Use the default place</source>
        <translation>Выкарыстоўваць месца па змаўчанні</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Прыдумайце парольную фразу</translation>
    </message>
    <message>
        <source>You will type it each time you open the archive. Make it long and something others would not guess; a short sentence or four random words works well. Do not reuse a password from elsewhere.</source>
        <translation>Вы будзеце ўводзіць яе кожны раз, калі адкрываеце архіў. Зрабіце яе доўгай і такой, каб іншыя не здагадаліся; добра падыходзіць кароткі сказ або чатыры выпадковыя словы. Не выкарыстоўвайце пароль, які ўжо маеце дзесьці яшчэ.</translation>
    </message>
    <message>
        <source>Creating your archive</source>
        <translation>Стварэнне архіва</translation>
    </message>
    <message>
        <source>Protecting the key with your passphrase. This takes a few seconds.</source>
        <translation>Ключ абараняецца вашай парольнай фразай. Гэта зойме некалькі секунд.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выконваецца…</translation>
    </message>
    <message>
        <source>Write down your recovery code</source>
        <translation>Запішыце код аднаўлення</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back in. Write it on paper now and keep the paper somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Калі вы забудзеце парольную фразу, гэты код — адзіны спосаб зноў адкрыць архіў. Запішыце яго на паперы зараз і захоўвайце паперу ў надзейным месцы, далей ад гэтага камп&apos;ютара. Код паказваецца толькі адзін раз — цяпер.</translation>
    </message>
    <message>
        <source>Anyone who has this code can open the archive. Do not photograph it.</source>
        <translation>Кожны, у каго ёсць гэты код, можа адкрыць архіў. Не фатаграфуйце яго.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я запісаў(-ла) код</translation>
    </message>
    <message>
        <source>Add your first files</source>
        <translation>Дадайце першыя файлы</translation>
    </message>
    <message>
        <source>You can add a folder now, or later by dragging files onto the window. The originals stay where they are; you decide whether to delete them afterwards.</source>
        <translation>Можна дадаць папку зараз або пазней, перацягнуўшы файлы ў акно. Арыгіналы застаюцца там, дзе яны ёсць; ці выдаляць іх потым — вырашаеце вы.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Выбраць папку…</translation>
    </message>
    <message>
        <source>No folder chosen. You can skip this step.</source>
        <translation>Папка не выбрана. Гэты крок можна прапусціць.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Крок {n} з {total}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Пачаць</translation>
    </message>
    <message>
        <source>Create archive</source>
        <translation>Стварыць архіў</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Працягнуць</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завяршыць</translation>
    </message>
    <message>
        <source>Add and finish</source>
        <translation>Дадаць і завяршыць</translation>
    </message>
    <message>
        <source>An archive already exists here. Continuing opens it.</source>
        <translation>Тут ужо ёсць архіў. Калі працягнуць, ён адкрыецца.</translation>
    </message>
    <message>
        <source>Choose where to keep the archive</source>
        <translation>Выберыце, дзе захоўваць архіў</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>Выберыце папку, каб дадаць яе</translation>
    </message>
    <message>
        <source>Will add everything in: {path}</source>
        <translation>Будзе дададзена ўсё з папкі: {path}</translation>
    </message>
    <message>
        <source>Could not remember this place: {e}</source>
        <translation>Не ўдалося запомніць гэтае месца: {e}</translation>
    </message>
    <message>
        <source>The archive could not be created: {e}</source>
        <translation>Не ўдалося стварыць архіў: {e}</translation>
    </message>
</context>
<context>
    <name>FrameStepper</name>
    <message>
        <source>Previous frame</source>
        <translation>Папярэдні кадр</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Прайграць</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>Наступны кадр</translation>
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
        <translation>Калі запісана</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Versions; select two to compare</source>
        <translation>Версіі; выберыце дзве, каб параўнаць</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to see what changed between them.</source>
        <translation>Выберыце дзве версіі (Ctrl+пстрычка), каб убачыць, што паміж імі змянілася.</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Адрозненні паміж версіямі</translation>
    </message>
    <message>
        <source>Version {n} is the first version.</source>
        <translation>Версія {n} — першая версія.</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псеўданім</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Звязаныя запісы</translation>
    </message>
    <message>
        <source>Changes from version {a} ({when_a}) to version {b} ({when_b})</source>
        <translation>Змены ад версіі {a} ({when_a}) да версіі {b} ({when_b})</translation>
    </message>
    <message>
        <source>Unchanged: {fields}</source>
        <translation>Без змен: {fields}</translation>
    </message>
</context>
<context>
    <name>IdentityChoice</name>
    <message>
        <source>This archive&apos;s own key</source>
        <translation>Уласны ключ гэтага архіва</translation>
    </message>
    <message>
        <source>Open with this archive&apos;s own key</source>
        <translation>Адкрыць уласным ключом гэтага архіва</translation>
    </message>
    <message>
        <source>An identity file:</source>
        <translation>Файл асабістага ключа:</translation>
    </message>
    <message>
        <source>Open with an identity file</source>
        <translation>Адкрыць з дапамогай файла асабістага ключа</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Файл асабістага ключа</translation>
    </message>
    <message>
        <source>age identity file (AGE-SECRET-KEY-…)</source>
        <translation>файл асабістага ключа age (AGE-SECRET-KEY-…)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбраць…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Выберыце файл асабістага ключа</translation>
    </message>
    <message>
        <source>Choose your identity file</source>
        <translation>Выберыце свой файл асабістага ключа</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Выява</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Расшыфроўка…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Па памеры акна</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Павялічыць</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Паменшыць</translation>
    </message>
    <message>
        <source>The picture could not be made: {reason}</source>
        <translation>Не ўдалося паказаць выяву: {reason}</translation>
    </message>
    <message>
        <source>{w} × {h} pixels · {size} · {zoom}%</source>
        <translation>{w} × {h} пікселяў · {size} · {zoom}%</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Adding files</source>
        <translation>Даданне файлаў</translation>
    </message>
    <message>
        <source>Adding files to the archive…</source>
        <translation>Даданне файлаў у архіў…</translation>
    </message>
    <message>
        <source>Looking at the files…</source>
        <translation>Прагляд файлаў…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход дадання</translation>
    </message>
    <message>
        <source>Files that could not be added</source>
        <translation>Файлы, якія не ўдалося дадаць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Скасаваць даданне</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спыненне…</translation>
    </message>
    <message>
        <source>File {n} of {total} · {done} of {size}</source>
        <translation>Файл {n} з {total} · {done} з {size}</translation>
    </message>
    <message>
        <source>{rate}/s · about {left} left</source>
        <translation>{rate}/с · засталося каля {left}</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Даданне скасавана</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Даданне завершана з праблемамі</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Даданне завершана</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <source>Added: {imported} · Already in the archive: {dup} · Failed: {failed}</source>
        <translation>Дададзена: {imported} · Ужо было ў архіве: {dup} · Не ўдалося: {failed}</translation>
    </message>
    <message>
        <source>Not added because you cancelled: {n}. Nothing half-added was kept.</source>
        <translation>Не дададзена, бо вы скасавалі: {n}. Нічога з дададзенага напалову не захавана.</translation>
    </message>
    <message>
        <source>{size} stored in {time}</source>
        <translation>{size} захавана за {time}</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>Даданне спынілася</translation>
    </message>
</context>
<context>
    <name>ItemGrid</name>
    <message>
        <source>Items</source>
        <translation>Запісы</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message>
        <source>Preview could not be made: {reason}</source>
        <translation>Не ўдалося зрабіць прэв’ю: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Link items</source>
        <translation>Звязаць запісы</translation>
    </message>
    <message>
        <source>Filter items by name</source>
        <translation>Фільтр запісаў па назве</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Фільтр па назве</translation>
    </message>
    <message>
        <source>Items of the archive; check those to link</source>
        <translation>Запісы архіва; адзначце тыя, якія трэба звязаць</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Link checked items</source>
        <translation>Звязаць адзначаныя запісы</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the archive</source>
        <translation>
            <numerusform>%n запіс у архіве</numerusform>
            <numerusform>%n запісы ў архіве</numerusform>
            <numerusform>%n запісаў у архіве</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <source>What to export</source>
        <translation>Што экспартаваць</translation>
    </message>
    <message numerus="yes">
        <source>The selected item(s) (%n)</source>
        <translation>
            <numerusform>Выбраны запіс (%n)</numerusform>
            <numerusform>Выбраныя запісы (%n)</numerusform>
            <numerusform>Выбраныя запісы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected items (none selected)</source>
        <translation>Выбраныя запісы (нічога не выбрана)</translation>
    </message>
    <message>
        <source>Export the selected items</source>
        <translation>Экспартаваць выбраныя запісы</translation>
    </message>
    <message>
        <source>A whole case, with its statements:</source>
        <translation>Уся справа разам з яе сведчаннямі:</translation>
    </message>
    <message>
        <source>Export a whole case</source>
        <translation>Экспартаваць усю справу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> і яшчэ %n</numerusform>
            <numerusform> і яшчэ %n</numerusform>
            <numerusform> і яшчэ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n item(s)</source>
        <translation>
            <numerusform>{name} — %n запіс</numerusform>
            <numerusform>{name} — %n запісы</numerusform>
            <numerusform>{name} — %n запісаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n сведчанне</numerusform>
            <numerusform>, %n сведчанні</numerusform>
            <numerusform>, %n сведчанняў</numerusform>
        </translation>
    </message>
    <message>
        <source>Select items in the main window, or file items under a case, first.</source>
        <translation>Спачатку выберыце запісы ў галоўным акне або далучыце запісы да справы.</translation>
    </message>
    <message>
        <source>There is nothing to export in that choice.</source>
        <translation>У выбраным няма чаго экспартаваць.</translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Праз %n хвіліну бяздзейнасці</numerusform>
            <numerusform>Праз %n хвіліны бяздзейнасці</numerusform>
            <numerusform>Праз %n хвілін бяздзейнасці</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколі</translation>
    </message>
    <message>
        <source>When the window is minimised</source>
        <translation>Пры згортванні акна</translation>
    </message>
</context>
<context>
    <name>LookAlikesDialog</name>
    <message>
        <source>Look-alikes</source>
        <translation>Падобныя</translation>
    </message>
    <message>
        <source>Items whose pictures look alike, such as a photo or video that a messenger re-encoded: not the same bytes, so both were kept. The distance counts the bits of 64 in which their perceptual hashes differ (0: look the same; unrelated pictures differ in about 32). Nothing is merged: both items stay as they came.</source>
        <translation>Элементы, выявы якіх падобныя, напрыклад фота або відэа, перакадаванае месенджарам: байты розныя, таму захаваныя абодва. Адлегласць — колькасць бітаў з 64, у якіх іх перцэптыўныя хэшы адрозніваюцца (0 — выглядаюць аднолькава; не звязаныя выявы адрозніваюцца прыкладна ў 32). Нічога не аб&apos;ядноўваецца: абодва элементы застаюцца такімі, якімі паступілі.</translation>
    </message>
    <message>
        <source>Show pairs at most this many bits apart:</source>
        <translation>Паказваць пары, якія адрозніваюцца не больш чым на столькі бітаў:</translation>
    </message>
    <message>
        <source>Largest distance shown</source>
        <translation>Найбольшая паказаная адлегласць</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Адлегласць</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Адкуль</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Падобны на</translation>
    </message>
    <message>
        <source>Looking for items that look alike…</source>
        <translation>Пошук падобных элементаў…</translation>
    </message>
    <message>
        <source>The look-alikes could not be listed: {error}</source>
        <translation>Не ўдалося паказаць падобныя: {error}</translation>
    </message>
    <message>
        <source>{distance} of 64</source>
        <translation>{distance} з 64</translation>
    </message>
    <message>
        <source>Pairs that look alike: {count}.</source>
        <translation>Падобных пар: {count}.</translation>
    </message>
    <message>
        <source>No items look alike at this distance.</source>
        <translation>Пры такой адлегласці падобных элементаў няма.</translation>
    </message>
    <message>
        <source>Not compared yet, their hashes being computed in the background: {count}.</source>
        <translation>Яшчэ не параўнаныя, іх хэшы вылічваюцца ў фоне: {count}.</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відэа</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>выява</translation>
    </message>
    <message>
        <source>Bundle {bundle}, sealed by key {sender}, received {day}</source>
        <translation>Пакет {bundle}, запячатаны ключом {sender}, атрыманы {day}</translation>
    </message>
    <message>
        <source>Added here, {day}</source>
        <translation>Дададзены тут, {day}</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <source>Nothing here yet.
Drag files or folders onto this window, or use Add files.</source>
        <translation>Тут пакуль нічога няма.
Перацягніце файлы або папкі ў гэтае акно або скарыстайцеся кнопкай «Дадаць файлы».</translation>
    </message>
    <message>
        <source>No items match.</source>
        <translation>Няма адпаведных запісаў.</translation>
    </message>
    <message numerus="yes">
        <source>Take %n item(s) out of the case “{name}”</source>
        <translation>
            <numerusform>Выключыць %n запіс са справы «{name}»</numerusform>
            <numerusform>Выключыць %n запісы са справы «{name}»</numerusform>
            <numerusform>Выключыць %n запісаў са справы «{name}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Video</source>
        <translation>Відэа</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Прайграванне / паўза</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Прайграванне / паўза (Space)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Пазіцыя</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Гучнасць</translation>
    </message>
</context>
<context>
    <name>MetadataText</name>
    <message>
        <source>{time} (no zone recorded)</source>
        <translation>{time} (часавы пояс не запісаны)</translation>
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
        <translation>у. д.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>з. д.</translation>
    </message>
    <message>
        <source>as stored</source>
        <translation>як захавана</translation>
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
        <translation>Паўтарыце парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надзейнасць парольнай фразы</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Паказаць парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Паўтарыце яе</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Сярэдняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добрая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Моцная</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are strong and easy to remember.</source>
        <translation>Парада: чатыры ці больш не звязаныя паміж сабой словы — гэта надзейна і лёгка запомніць.</translation>
    </message>
    <message>
        <source>{label} — rough estimate, about {bits} bits. Longer is better.</source>
        <translation>{label} — прыблізная ацэнка, каля {bits} бітаў. Чым даўжэйшая, тым лепш.</translation>
    </message>
    <message>
        <source>Choose a passphrase. It cannot be empty.</source>
        <translation>Прыдумайце парольную фразу. Яна не можа быць пустой.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Type the same one twice.</source>
        <translation>Парольныя фразы адрозніваюцца. Увядзіце адну і тую ж фразу двойчы.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document page</source>
        <translation>Старонка дакумента</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Старонка</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Папярэдняя старонка</translation>
    </message>
    <message>
        <source> Page </source>
        <translation> Старонка </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступная старонка</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Старонка цалкам</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Па шырыні</translation>
    </message>
    <message>
        <source> of {n} </source>
        <translation> з {n} </translation>
    </message>
    <message>
        <source> (this PDF could not be opened)</source>
        <translation> (не ўдалося адкрыць гэты PDF)</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <source>Boxes</source>
        <translation>Рамкі</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Дадаць рамку</translation>
    </message>
    <message>
        <source>Adds a box in the middle; or drag on the picture</source>
        <translation>Дадае рамку пасярэдзіне; або правядзіце па здымку</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Выдаліць рамку</translation>
    </message>
    <message>
        <source>Reset to detected</source>
        <translation>Вярнуць знойдзеныя</translation>
    </message>
    <message>
        <source>Show as published</source>
        <translation>Паказаць, як будзе апублікавана</translation>
    </message>
    <message>
        <source>Shows the boxes hidden as they will be in the copy</source>
        <translation>Паказвае рамкі схаванымі, як яны будуць у копіі</translation>
    </message>
    <message>
        <source>Every face must be covered: add a box over any face the detector missed, including faces in the background, in reflections and on screens.</source>
        <translation>Кожны твар павінен быць закрыты: дадайце рамку на кожны твар, які дэтэктар прапусціў, у тым ліку на твары на заднім плане, у адлюстраваннях і на экранах.</translation>
    </message>
    <message>
        <source>Confirm boxes</source>
        <translation>Пацвердзіць рамкі</translation>
    </message>
    <message>
        <source>Boxes to hide</source>
        <translation>Што будзе схавана</translation>
    </message>
    <message>
        <source>{n} · detected</source>
        <translation>{n} · знойдзена</translation>
    </message>
    <message>
        <source>{n} · detected {score}</source>
        <translation>{n} · знойдзена {score}</translation>
    </message>
    <message>
        <source>{n} · added by you</source>
        <translation>{n} · дададзена вамі</translation>
    </message>
    <message>
        <source>{w} × {h} pixels at {x}, {y}</source>
        <translation>{w} × {h} пікселяў у пункце {x}, {y}</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) will be hidden</source>
        <translation>
            <numerusform>%n рамка будзе схавана</numerusform>
            <numerusform>%n рамкі будуць схаваны</numerusform>
            <numerusform>%n рамак будзе схавана</numerusform>
        </translation>
    </message>
    <message>
        <source>({detected} detected, {added} added by you).</source>
        <translation>(знойдзена: {detected}, дададзена вамі: {added}).</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>What kind of copies</source>
        <translation>Якія копіі</translation>
    </message>
    <message>
        <source>Originals for investigators</source>
        <translation>Арыгіналы для следчых</translation>
    </message>
    <message>
        <source>The files exactly as they entered the archive, with all their metadata (place, time, device), sealed in an encrypted, signed bundle only the chosen recipients can open.</source>
        <translation>Файлы дакладна ў тым выглядзе, у якім яны трапілі ў архіў, з усімі метаданымі (месца, час, прылада), запячатаныя ў зашыфраваны падпісаны пакет, які могуць адкрыць толькі выбраныя атрымальнікі.</translation>
    </message>
    <message>
        <source>Sanitized copies</source>
        <translation>Ачышчаныя копіі</translation>
    </message>
    <message>
        <source>Copies with location, device and personal metadata removed, also sealed in a bundle. Files the program cannot clean stop the export.</source>
        <translation>Копіі, з якіх выдалены метаданыя пра месцазнаходжанне, прыладу і асабістыя звесткі; яны таксама запячатваюцца ў пакет. Калі праграма не можа ачысціць які-небудзь файл, экспарт спыняецца.</translation>
    </message>
    <message>
        <source>Anonymised copies for publishing</source>
        <translation>Ананімізаваныя копіі для публікацыі</translation>
    </message>
    <message>
        <source>Copies with every face hidden (you check the boxes the program finds, and add any it missed), voices disguised if you choose, and all metadata removed, sealed in a bundle. Who checked them is kept in this archive&apos;s custody record.</source>
        <translation>Копіі, у якіх схаваны кожны твар (вы правяраеце рамкі, знойдзеныя праграмай, і дадаеце прапушчаныя), галасы зменены, калі вы гэта абярэце, і выдалены ўсе метаданыя, запячатаныя ў пакет. Хто іх праверыў, запісваецца ў журнал захоўвання гэтага архіва.</translation>
    </message>
    <message>
        <source>Plain sanitized files to a folder</source>
        <translation>Звычайныя ачышчаныя файлы ў папку</translation>
    </message>
    <message>
        <source>Sanitized copies written as ordinary, unencrypted files, for publishing. No signatures or custody proofs travel with them.</source>
        <translation>Ачышчаныя копіі, запісаныя як звычайныя незашыфраваныя файлы, для публікацыі. Ні подпісы, ні пацвярджэнні ланцуга захоўвання разам з імі не перадаюцца.</translation>
    </message>
    <message>
        <source>Withhold from the originals (places and times are always kept; each file then travels as a copy with only these fields cut out, listed with the original&apos;s hash):</source>
        <translation>Выразаць з арыгіналаў (месцы і час захоўваюцца заўсёды; тады кожны файл адпраўляецца як копія, з якой выразаны толькі гэтыя палі, з указаннем хэша арыгінала):</translation>
    </message>
    <message>
        <source>serial numbers</source>
        <translation>серыйныя нумары</translation>
    </message>
    <message>
        <source>make and model</source>
        <translation>вытворца і мадэль</translation>
    </message>
    <message>
        <source>software</source>
        <translation>праграмы</translation>
    </message>
    <message>
        <source>owner names</source>
        <translation>імёны ўладальнікаў</translation>
    </message>
    <message>
        <source>Withhold {what}</source>
        <translation>Выразаць: {what}</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Exporting</source>
        <translation>Экспарт</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Падрыхтоўка…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспарту</translation>
    </message>
    <message>
        <source>Making the sanitized copies…</source>
        <translation>Стварэнне ачышчаных копій…</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>Запячатванне…</translation>
    </message>
    <message>
        <source>Hiding the faces and sealing…</source>
        <translation>Хаваем твары і запячатваем…</translation>
    </message>
    <message>
        <source>Checking the sealed bundle…</source>
        <translation>Праверка запячатанага пакета…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} з {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Спыненне…</translation>
    </message>
    <message>
        <source>Export cancelled. The half-written output was deleted.</source>
        <translation>Экспарт скасаваны. Недапісаны вынік выдалены.</translation>
    </message>
    <message>
        <source>The export stopped. Nothing was kept.</source>
        <translation>Экспарт спыніўся. Нічога не захавана.</translation>
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
        <translation>з ім не прыйшло доказу ProofMode</translation>
    </message>
    <message>
        <source>{what}: signature valid, by the export&apos;s key {key}</source>
        <translation>{what}: подпіс сапраўдны, ключом з экспарту {key}</translation>
    </message>
    <message>
        <source>{what}: BAD signature: these bytes are not what key {key} signed</source>
        <translation>{what}: ДРЭННЫ подпіс: гэта не тыя байты, што падпісаў ключ {key}</translation>
    </message>
    <message>
        <source>{what}: signature does not match: it signs another file ({other})</source>
        <translation>{what}: подпіс не супадае: ён падпісвае іншы файл ({other})</translation>
    </message>
    <message>
        <source>{what}: signed by key {key}, which is not in the export: NOT verified</source>
        <translation>{what}: падпісана ключом {key}, якога няма ў экспарце: НЕ праверана</translation>
    </message>
    <message>
        <source>{what}: the export has no public key (pubkey.asc): signature NOT verified</source>
        <translation>{what}: у экспарце няма публічнага ключа (pubkey.asc): подпіс НЕ правераны</translation>
    </message>
    <message>
        <source>{what}: not a readable OpenPGP signature ({reason})</source>
        <translation>{what}: гэта не чытэльны подпіс OpenPGP ({reason})</translation>
    </message>
    <message>
        <source>{what}: signature NOT checked: {reason}</source>
        <translation>{what}: подпіс НЕ правераны: {reason}</translation>
    </message>
    <message>
        <source>{what}: no signature</source>
        <translation>{what}: няма подпісу</translation>
    </message>
    <message>
        <source>{what}: the proof&apos;s hash matches this file</source>
        <translation>{what}: хэш у доказе супадае з гэтым файлам</translation>
    </message>
    <message>
        <source>{what}: the proof is for another file (SHA-256 {recorded}), NOT this one</source>
        <translation>{what}: доказ — для іншага файла (SHA-256 {recorded}), НЕ для гэтага</translation>
    </message>
    <message>
        <source>{what}: the proof cannot be read ({reason})</source>
        <translation>{what}: доказ немагчыма прачытаць ({reason})</translation>
    </message>
    <message>
        <source>timestamp: pending at {count} calendar(s), for this file&apos;s hash (not yet in Bitcoin)</source>
        <translation>пазнака часу: чакае ў {count} каляндар(ах), для хэша гэтага файла (яшчэ не ў Bitcoin)</translation>
    </message>
    <message>
        <source>timestamp: in Bitcoin block {height} for this file&apos;s hash (Merkle root {root}; check it against the block chain with `ots verify`)</source>
        <translation>пазнака часу: у блоку Bitcoin {height} для хэша гэтага файла (корань Merkle {root}; праверце яго па ланцугу блокаў з дапамогай `ots verify`)</translation>
    </message>
    <message>
        <source>timestamp: it is for another hash ({digest}), NOT this file</source>
        <translation>пазнака часу: яна для іншага хэша ({digest}), НЕ для гэтага файла</translation>
    </message>
    <message>
        <source>timestamp: the proof cannot be read ({reason})</source>
        <translation>пазнака часу: доказ немагчыма прачытаць ({reason})</translation>
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
        <translation>Далучэнні:</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Signed by {signer} ({generator}); the file has not been changed since it was signed. The signer is trusted: its certificate chain ends at an anchor installed in this vault.</source>
        <translation>Падпісана: {signer} ({generator}); файл не змяняўся з моманту подпісу. Таму, хто падпісаў, давяраюць: ланцужок яго сертыфікатаў заканчваецца якарам даверу, усталяваным у гэтым сховішчы.</translation>
    </message>
    <message>
        <source>Valid signature, signer not in a trusted list: signed by {signer} ({generator}); the file has not been changed since it was signed. No anchor installed in this vault vouches for who the signer is.</source>
        <translation>Подпіс сапраўдны, таго, хто падпісаў, няма ў спісе давераных: падпісана {signer} ({generator}); файл не змяняўся з моманту подпісу. Ніводны якар даверу ў гэтым сховішчы не пацвярджае, хто падпісаў.</translation>
    </message>
    <message>
        <source>CHANGED AFTER SIGNING: the file&apos;s bytes no longer match the hash in its Content Credentials (signed by {signer}, {generator}). It was altered after signing: the claim does not describe this file.</source>
        <translation>ЗМЕНЕНЫ ПАСЛЯ ПОДПІСУ: байты файла больш не супадаюць з хэшам у яго ўліковых даных змесціва (падпісана {signer}, {generator}). Файл змянілі пасля подпісу: сцвярджэнне не апісвае гэты файл.</translation>
    </message>
    <message>
        <source>INVALID SIGNATURE: the signature of the Content Credentials or the certificate that made it does not hold ({codes}). Nothing in them can be relied on.</source>
        <translation>НЕСАПРАЎДНЫ ПОДПІС: подпіс уліковых даных змесціва або сертыфікат, якім ён зроблены, не пацвярджаюцца ({codes}). Нічому ў іх нельга давяраць.</translation>
    </message>
    <message>
        <source>MANIFEST DAMAGED: the parts of the Content Credentials do not match each other (edited or broken: {codes}). Nothing in them can be relied on.</source>
        <translation>МАНІФЕСТ ПАШКОДЖАНЫ: часткі ўліковых даных змесціва не супадаюць паміж сабой (зменены або пашкоджаны: {codes}). Нічому ў іх нельга давяраць.</translation>
    </message>
    <message>
        <source>The file&apos;s Content Credentials are kept on the network ({url}) and were not fetched: this program never goes online. Nothing about them is known.</source>
        <translation>Уліковыя даныя змесціва гэтага файла захоўваюцца ў сетцы ({url}) і не былі загружаны: гэтая праграма ніколі не выходзіць у сетку. Пра іх нічога не вядома.</translation>
    </message>
    <message>
        <source>No Content Credentials (C2PA) in this file. That proves nothing either way: most files have none, and many apps remove them.</source>
        <translation>У гэтым файле няма ўліковых даных змесціва (C2PA). Гэта нічога не даказвае: у большасці файлаў іх няма, і многія праграмы іх выдаляюць.</translation>
    </message>
    <message>
        <source>Content Credentials could not be read ({problem}). This is a failure of the reader, not a finding about the file: check it with c2patool.</source>
        <translation>Не ўдалося прачытаць уліковыя даныя змесціва ({problem}). Гэта збой праграмы чытання, а не вывад пра файл: праверце яго з дапамогай c2patool.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невядома</translation>
    </message>
    <message>
        <source>Signed on {time}, by the clock of a timestamp authority.</source>
        <translation>Падпісана {time} паводле гадзінніка службы метак часу.</translation>
    </message>
    <message>
        <source>The manifest has no timestamp: when it was signed is not attested, only claimed.</source>
        <translation>У маніфесце няма меткі часу: час подпісу не засведчаны, толькі заяўлены.</translation>
    </message>
    <message>
        <source>The manifest says it was recorded by a device (digital capture).</source>
        <translation>Маніфест сцвярджае, што файл запісаны прыладай (лічбавая здымка).</translation>
    </message>
    <message>
        <source>MADE OR CHANGED BY AI, says the manifest: {actions}.</source>
        <translation>СТВОРАНА АБО ЗМЕНЕНА ШІ, паводле маніфеста: {actions}.</translation>
    </message>
    <message>
        <source>Actions the manifest records: {actions}.</source>
        <translation>Дзеянні, запісаныя ў маніфесце: {actions}.</translation>
    </message>
    <message>
        <source>A valid signature proves who signed and that the bytes did not change since; it does not prove that what the file shows is true.</source>
        <translation>Сапраўдны подпіс даказвае, хто падпісаў і што байты з таго часу не змяняліся; ён не даказвае, што паказанае ў файле — праўда.</translation>
    </message>
    <message>
        <source>An ingredient&apos;s own Content Credentials do not hold: {codes}.</source>
        <translation>Уласныя ўліковыя даныя змесціва аднаго з зыходных файлаў не пацвярджаюцца: {codes}.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывад</translation>
    </message>
    <message>
        <source>c2pa validation state</source>
        <translation>Стан праверкі c2pa</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>Прачытана з дапамогай</translation>
    </message>
    <message>
        <source>Trust anchors installed</source>
        <translation>Усталявана якароў даверу</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Маніфест</translation>
    </message>
    <message>
        <source>Claim generator</source>
        <translation>Генератар сцвярджэння</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Хто падпісаў</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Выдавец</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Серыйны нумар сертыфіката</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Сертыфікат сапраўдны</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгарытм</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Метка часу</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дзеянне</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Зыходны файл</translation>
    </message>
    <message>
        <source>Identifies</source>
        <translation>Паказвае на</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Збой</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Ланцуг сертыфікатаў</translation>
    </message>
    <message>
        <source>{subject}, issued by {issuer}, valid {valid}, SHA-256 {sha256}</source>
        <translation>{subject}, выдадзены {issuer}, сапраўдны {valid}, SHA-256 {sha256}</translation>
    </message>
</context>
<context>
    <name>ProvenanceSection</name>
    <message>
        <source>Content Credentials verdict</source>
        <translation>Вывад пра ўліковыя даныя змесціва</translation>
    </message>
    <message>
        <source>What the Content Credentials claim</source>
        <translation>Што сцвярджаюць уліковыя даныя змесціва</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Паказаць падрабязнасці</translation>
    </message>
    <message>
        <source>Content Credentials details</source>
        <translation>Падрабязнасці ўліковых даных змесціва</translation>
    </message>
    <message>
        <source>Checked offline: nothing is fetched. A signer is trusted only when its certificate chain ends at a trust anchor installed in this vault (evidence-vault provenance trust add).</source>
        <translation>Праверана без сеткі: нічога не загружаецца. Таму, хто падпісаў, давяраюць, толькі калі ланцужок яго сертыфікатаў заканчваецца якарам даверу, усталяваным у гэтым сховішчы (evidence-vault provenance trust add).</translation>
    </message>
    <message>
        <source>Not read yet: the vault is reading this file&apos;s Content Credentials.</source>
        <translation>Яшчэ не прачытана: сховішча чытае ўліковыя даныя змесціва гэтага файла.</translation>
    </message>
    <message>
        <source>The trust anchors changed since this was read; it is read again shortly.</source>
        <translation>Якары даверу змяніліся пасля чытання; файл хутка будзе прачытаны зноў.</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Схаваць падрабязнасці</translation>
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
        <translation>Хто можа адкрыць</translation>
    </message>
    <message>
        <source>Tick who the bundle is for. Compare each fingerprint with the recipient by voice before you send anything.</source>
        <translation>Адзначце, для каго прызначаны пакет. Перш чым нешта адпраўляць, зверце кожны адбітак ключа з атрымальнікам голасам.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Атрымальнікі</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Дадаць атрымальніка…</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Дадаць атрымальніка</translation>
    </message>
    <message>
        <source>This archive&apos;s own key is always included…</source>
        <translation>Уласны ключ гэтага архіва дадаецца заўсёды…</translation>
    </message>
    <message>
        <source>This archive&apos;s own key</source>
        <translation>Уласны ключ гэтага архіва</translation>
    </message>
    <message>
        <source>{name}
fingerprint {fp}</source>
        <translation>{name}
адбітак ключа {fp}</translation>
    </message>
    <message>
        <source>This archive&apos;s own key is always included, so you can reopen the bundle yourself (fingerprint {fp}).</source>
        <translation>Уласны ключ гэтага архіва дадаецца заўсёды, каб вы самі маглі зноў адкрыць пакет (адбітак ключа {fp}).</translation>
    </message>
    <message>
        <source>No recipients yet. Add one with “Add recipient…”.</source>
        <translation>Атрымальнікаў яшчэ няма. Дадайце іх кнопкай «Дадаць атрымальніка…».</translation>
    </message>
    <message>
        <source>Could not add the recipient: {e}</source>
        <translation>Не ўдалося дадаць атрымальніка: {e}</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Recovery code</source>
        <translation>Код аднаўлення</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Запісана ў</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the bundle</source>
        <translation>Адбітак SHA-256 пакета</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Атрымальнікі</translation>
    </message>
    <message>
        <source>Custody anchor code</source>
        <translation>Код якара журнала захоўвання</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sealed to</source>
        <translation>Для каго запячатаны</translation>
    </message>
    <message>
        <source>Anchor code</source>
        <translation>Код якара</translation>
    </message>
    <message numerus="yes">
        <source>The bundle is sealed and was checked after writing. %n file(s) inside.</source>
        <translation>
            <numerusform>Пакет запячатаны і правераны пасля запісу. Унутры %n файл.</numerusform>
            <numerusform>Пакет запячатаны і правераны пасля запісу. Унутры %n файлы.</numerusform>
            <numerusform>Пакет запячатаны і правераны пасля запісу. Унутры %n файлаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>this archive — {fp}</source>
        <translation>гэты архіў — {fp}</translation>
    </message>
    <message>
        <source>Send the recipients the SHA-256 separately, and write the anchor code down somewhere outside this computer: it lets anyone check later that this archive&apos;s history was not rewritten.</source>
        <translation>Перадайце атрымальнікам SHA-256 асобна, а код якара запішыце дзе-небудзь па-за гэтым камп&apos;ютарам: з яго дапамогай кожны зможа пазней праверыць, што гісторыю гэтага архіва не перапісвалі.</translation>
    </message>
    <message numerus="yes">
        <source>%n cleaned file(s) were written and checked.</source>
        <translation>
            <numerusform>Запісаны і правераны %n ачышчаны файл.</numerusform>
            <numerusform>Запісаны і правераны %n ачышчаныя файлы.</numerusform>
            <numerusform>Запісана і праверана %n ачышчаных файлаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are ordinary files: anyone who has the folder can read them.</source>
        <translation>Гэта звычайныя файлы: іх можа прачытаць кожны, у каго ёсць гэтая папка.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check the faces to hide</source>
        <translation>Праверце твары, якія трэба схаваць</translation>
    </message>
    <message>
        <source>Look at every picture and the whole of every video. Add a box over each face the detector missed, remove boxes that are not faces, then confirm. Nothing is written until the export.</source>
        <translation>Паглядзіце кожную выяву і кожнае відэа цалкам. Дадайце рамку на кожны твар, які дэтэктар прапусціў, выдаліце рамкі, дзе няма твару, потым пацвердзіце. Нічога не запісваецца да экспарту.</translation>
    </message>
    <message>
        <source>Files to check</source>
        <translation>Файлы для праверкі</translation>
    </message>
    <message>
        <source>Your name or initials, kept in the archive&apos;s custody record</source>
        <translation>Ваша імя або ініцыялы, захоўваюцца ў журнале захоўвання архіва</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Праверыў(-ла)</translation>
    </message>
    <message>
        <source>Disguise voices in videos and recordings</source>
        <translation>Змяняць галасы ў відэа і запісах</translation>
    </message>
    <message>
        <source>A sound recording: no faces to hide. Tick “Disguise voices” to change the voice.</source>
        <translation>Гуказапіс: твараў няма. Пастаўце «Змяняць галасы», каб змяніць голас.</translation>
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
        <translation>Што пойдзе разам з файламі</translation>
    </message>
    <message>
        <source>Reading the metadata of each file…</source>
        <translation>Чытанне метаданых кожнага файла…</translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation>Чытанне метаданых</translation>
    </message>
    <message>
        <source>Metadata of each file and what happens to it</source>
        <translation>Метаданыя кожнага файла і што з імі адбудзецца</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значэнне</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Рызыка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>A cleaned copy carries no Content Credentials (C2PA): they are removed with the other metadata, and a changed copy can no longer carry a valid claim about the original. The original in the vault keeps them; send the original where they must be checked.</source>
        <translation>Ачышчаная копія не мае ўліковых даных змесціва (C2PA): іх выдаляюць разам з іншымі метаданымі, і змененая копія ўжо не можа несці сапраўднае сцвярджэнне пра арыгінал. Арыгінал у сховішчы іх захоўвае; дасылайце арыгінал туды, дзе іх трэба праверыць.</translation>
    </message>
    <message>
        <source>About Content Credentials in cleaned copies</source>
        <translation>Пра ўліковыя даныя змесціва ў ачышчаных копіях</translation>
    </message>
    <message>
        <source>The metadata could not be read: {e}</source>
        <translation>Не ўдалося прачытаць метаданыя: {e}</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>выразаецца</translation>
    </message>
    <message>
        <source>CANNOT be withheld</source>
        <translation>НЕМАГЧЫМА выразаць</translation>
    </message>
    <message>
        <source>kept (original)</source>
        <translation>застаецца (арыгінал)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>выдаляецца</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>застаецца</translation>
    </message>
    <message>
        <source>re-encoded</source>
        <translation>перакадоўваецца</translation>
    </message>
    <message>
        <source>CANNOT be removed</source>
        <translation>НЕМАГЧЫМА выдаліць</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невядома</translation>
    </message>
    <message>
        <source>CANNOT withhold the chosen fields</source>
        <translation>НЕМАГЧЫМА выразаць выбраныя палі</translation>
    </message>
    <message>
        <source>sent with the chosen fields withheld</source>
        <translation>адпраўляецца з выразанымі выбранымі палямі</translation>
    </message>
    <message>
        <source>sent unchanged</source>
        <translation>адпраўляецца без змен</translation>
    </message>
    <message>
        <source>CANNOT be cleaned</source>
        <translation>НЕМАГЧЫМА ачысціць</translation>
    </message>
    <message>
        <source>can be cleaned</source>
        <translation>можна ачысціць</translation>
    </message>
    <message>
        <source>Cannot withhold</source>
        <translation>Немагчыма выразаць</translation>
    </message>
    <message>
        <source>Cannot clean</source>
        <translation>Немагчыма ачысціць</translation>
    </message>
    <message>
        <source>No metadata found</source>
        <translation>Метаданых не знойдзена</translation>
    </message>
    <message>
        <source>Fields marked &apos;withheld&apos; are cut out of the copies sent.</source>
        <translation>Палі з пазнакай «выразаецца» выразаюцца з копій, якія адпраўляюцца.</translation>
    </message>
    <message numerus="yes">
        <source>The chosen fields cannot be withheld from %n file(s) (in red). Go back and leave them out, or withhold nothing.</source>
        <translation>
            <numerusform>З %n файла немагчыма выразаць выбраныя палі (вылучаны чырвоным). Вярніцеся і выключыце яго або нічога не выразайце.</numerusform>
            <numerusform>З %n файлаў немагчыма выразаць выбраныя палі (вылучаныя чырвоным). Вярніцеся і выключыце іх або нічога не выразайце.</numerusform>
            <numerusform>З %n файлаў немагчыма выразаць выбраныя палі (вылучаныя чырвоным). Вярніцеся і выключыце іх або нічога не выразайце.</numerusform>
        </translation>
    </message>
    <message>
        <source>Originals leave as they are, except the fields marked &apos;withheld&apos;, which are cut out of the copies sent; every other field goes with them. Only the recipients can read them.</source>
        <translation>Арыгіналы адпраўляюцца такімі, як ёсць, за выключэннем палёў з пазнакай «выразаецца»: яны выразаюцца з копій, якія адпраўляюцца; усе астатнія палі пойдуць разам з файламі. Прачытаць іх могуць толькі атрымальнікі.</translation>
    </message>
    <message>
        <source>Originals leave exactly as they are: every field below goes with them. Only the recipients can read them.</source>
        <translation>Арыгіналы адпраўляюцца дакладна такімі, як ёсць: кожнае поле ніжэй пойдзе разам з імі. Прачытаць іх могуць толькі атрымальнікі.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be cleaned as shown.</source>
        <translation>
            <numerusform>%n файл будзе ачышчаны, як паказана.</numerusform>
            <numerusform>%n файлы будуць ачышчаны, як паказана.</numerusform>
            <numerusform>%n файлаў будзе ачышчана, як паказана.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be cleaned (in red). Go back and leave them out, or send originals.</source>
        <translation>
            <numerusform>%n файл немагчыма ачысціць (вылучаны чырвоным). Вярніцеся і выключыце яго або адпраўце арыгіналы.</numerusform>
            <numerusform>%n файлы немагчыма ачысціць (вылучаныя чырвоным). Вярніцеся і выключыце іх або адпраўце арыгіналы.</numerusform>
            <numerusform>%n файлаў немагчыма ачысціць (вылучаныя чырвоным). Вярніцеся і выключыце іх або адпраўце арыгіналы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) can be cleaned as shown.</source>
        <translation>
            <numerusform>%n файл можна ачысціць, як паказана.</numerusform>
            <numerusform>Усе %n файлы можна ачысціць, як паказана.</numerusform>
            <numerusform>Усе %n файлаў можна ачысціць, як паказана.</numerusform>
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
        <translation>Словы для пошуку ў назвах, сведчаннях, тэгах і справах</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Словы для пошуку</translation>
    </message>
    <message>
        <source>What to find</source>
        <translation>Што шукаць</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Усё</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фота</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Відэа</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аўдыё</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Сведчанні</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Любая справа</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тэг</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любы тэг</translation>
    </message>
    <message>
        <source>With a position</source>
        <translation>З месцазнаходжаннем</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Вынікі пошуку</translation>
    </message>
    <message>
        <source>Type at least one word.</source>
        <translation>Увядзіце хаця б адно слова.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>The search could not run: {e}</source>
        <translation>Не ўдалося выканаць пошук: {e}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n вынік</numerusform>
            <numerusform>%n вынікі</numerusform>
            <numerusform>%n вынікаў</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing contains these words.</source>
        <translation>Нічога з гэтымі словамі не знойдзена.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Новы код аднаўлення</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Змяніць парольную фразу</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one: the old code stops working at once. Write the new code on paper and destroy the old paper.</source>
        <translation>Новы код аднаўлення замяняе стары: стары код адразу перастае дзейнічаць. Запішыце новы код на паперы, а старую паперу знішчыце.</translation>
    </message>
    <message>
        <source>The archive is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. The old passphrase stops working. The recovery code still works.</source>
        <translation>Архіў не перашыфроўваецца: толькі ключ, які яго адкрывае, зноў шыфруецца новай парольнай фразай. Старая парольная фраза перастае дзейнічаць. Код аднаўлення па-ранейшаму дзейнічае.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Цяперашняя парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Я запісаў(-ла) код</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выконваецца…</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Стварыць новы код</translation>
    </message>
    <message>
        <source>That is not the current passphrase.</source>
        <translation>Гэта не цяперашняя парольная фраза.</translation>
    </message>
</context>
<context>
    <name>SensitivePane</name>
    <message>
        <source>Sensitive: the witness&apos;s identity and consent</source>
        <translation>Адчувальныя звесткі: асоба сведкі і згода</translation>
    </message>
    <message>
        <source>Sensitive — kept apart from the statement</source>
        <translation>Адчувальныя звесткі — захоўваюцца асобна ад сведчання</translation>
    </message>
    <message>
        <source>The real name and contact are never part of a version, never searched and never written to the custody log. Exports use the pseudonym unless the witness agreed to be named.</source>
        <translation>Сапраўднае імя і кантакт ніколі не ўваходзяць у версію, па іх ніколі не шукаюць і ніколі не запісваюць іх у журнал захоўвання. Пры экспарце выкарыстоўваецца псеўданім, калі толькі сведка не даў згоды на ўказанне імя.</translation>
    </message>
    <message>
        <source>Real name (hidden)</source>
        <translation>Сапраўднае імя (схавана)</translation>
    </message>
    <message>
        <source>Contact (hidden)</source>
        <translation>Кантакт (схаваны)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Паказаць</translation>
    </message>
    <message>
        <source>Show the real name and contact</source>
        <translation>Паказаць сапраўднае імя і кантакт</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Захаваць звесткі пра асобу</translation>
    </message>
    <message>
        <source>Save the real name and contact</source>
        <translation>Захаваць сапраўднае імя і кантакт</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Сапраўднае імя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Кантакт</translation>
    </message>
    <message>
        <source>Who may see the statement</source>
        <translation>Хто можа бачыць сведчанне</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Яшчэ не запісана</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пакуль ніхто</translation>
    </message>
    <message>
        <source>Only named investigators</source>
        <translation>Толькі названыя следчыя</translation>
    </message>
    <message>
        <source>Investigators in general</source>
        <translation>Любыя следчыя</translation>
    </message>
    <message>
        <source>The public, when anonymised</source>
        <translation>Усе, у ананімізаваным выглядзе</translation>
    </message>
    <message>
        <source>Investigators named in the consent, separated by commas</source>
        <translation>Следчыя, названыя ў згодзе, праз коску</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Імёны праз коску</translation>
    </message>
    <message>
        <source>May be named</source>
        <translation>Імя можна ўказваць</translation>
    </message>
    <message>
        <source>The witness agreed to be named</source>
        <translation>Сведка згадзіўся на ўказанне імя</translation>
    </message>
    <message>
        <source>Publish only with the face hidden</source>
        <translation>Публікаваць толькі са схаваным тварам</translation>
    </message>
    <message>
        <source>Published copies of the linked items must have the faces hidden</source>
        <translation>У апублікаваных копіях звязаных файлаў твары павінны быць схаваныя</translation>
    </message>
    <message>
        <source>Publish only with the voice disguised</source>
        <translation>Публікаваць толькі са змененым голасам</translation>
    </message>
    <message>
        <source>Published copies of the linked items must have the voices disguised</source>
        <translation>У апублікаваных копіях звязаных файлаў галасы павінны быць змененыя</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сёння</translation>
    </message>
    <message>
        <source>Date consent was given</source>
        <translation>Дата, калі дадзена згода</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Як дадзена згода</translation>
    </message>
    <message>
        <source>e.g. orally, recorded on audio</source>
        <translation>напрыклад, вусна, з аўдыязапісам</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Запісаць згоду</translation>
    </message>
    <message>
        <source>Date consent was withdrawn</source>
        <translation>Дата, калі згода адклікана</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Адклікаць згоду</translation>
    </message>
    <message>
        <source>Record that the witness withdrew consent</source>
        <translation>Запісаць, што сведка адклікаў згоду</translation>
    </message>
    <message>
        <source>May be seen by</source>
        <translation>Хто можа бачыць</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Следчыя</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дадзена</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Адклікана</translation>
    </message>
    <message>
        <source>Real name in rendered PDFs</source>
        <translation>Сапраўднае імя ў створаных PDF</translation>
    </message>
    <message>
        <source>Put the real name in rendered PDFs</source>
        <translation>Указваць сапраўднае імя ў створаных PDF</translation>
    </message>
    <message>
        <source>Only when the witness agreed to be named and consent stands.</source>
        <translation>Толькі калі сведка згадзіўся на ўказанне імя і згода не адклікана.</translation>
    </message>
    <message>
        <source>For a new statement, identity and consent are saved with it.</source>
        <translation>Для новага сведчання звесткі пра асобу і згода захоўваюцца разам з ім.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Асоба</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Схаваць</translation>
    </message>
    <message>
        <source>No consent recorded: the statement cannot be exported.</source>
        <translation>Згода не запісана: сведчанне нельга экспартаваць.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {date}: nothing of this statement may be exported.</source>
        <translation>Згода адклікана {date}: нічога з гэтага сведчання нельга экспартаваць.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пакуль ніхто</translation>
    </message>
    <message>
        <source>investigators in general</source>
        <translation>любыя следчыя</translation>
    </message>
    <message>
        <source>only {names}</source>
        <translation>толькі {names}</translation>
    </message>
    <message>
        <source>the public, when anonymised</source>
        <translation>усе, у ананімізаваным выглядзе</translation>
    </message>
    <message>
        <source>The witness may be named.</source>
        <translation>Імя сведкі можна ўказваць.</translation>
    </message>
    <message>
        <source>The witness must not be named.</source>
        <translation>Імя сведкі ўказваць нельга.</translation>
    </message>
    <message>
        <source>Published copies must hide the face.</source>
        <translation>Апублікаваныя копіі павінны хаваць твар.</translation>
    </message>
    <message>
        <source>Published copies must disguise the voice.</source>
        <translation>Апублікаваныя копіі павінны змяняць голас.</translation>
    </message>
    <message>
        <source>Published copies must hide the face and disguise the voice.</source>
        <translation>Апублікаваныя копіі павінны хаваць твар і змяняць голас.</translation>
    </message>
    <message>
        <source>Current consent: may be seen by {who}. {named} Given {date} ({how}).</source>
        <translation>Цяперашняя згода: хто можа бачыць — {who}. {named} Дадзена {date} ({how}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Never</source>
        <translation>Ніколі</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Праз %n хвіліну бяздзейнасці</numerusform>
            <numerusform>Праз %n хвіліны бяздзейнасці</numerusform>
            <numerusform>Праз %n хвілін бяздзейнасці</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блакаванне</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блакаваць аўтаматычна</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Блакаваць пры згортванні акна</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза пад прымусам</translation>
    </message>
    <message>
        <source>A second passphrase for when someone forces you to open the archive. It opens a decoy archive and destroys the real one at the same moment, for good: nobody can recover it, not you either. Seal your evidence for investigators you trust before you set it up.</source>
        <translation>Другая парольная фраза для выпадку, калі вас прымушаюць адкрыць архіў. Яна адкрывае падманны архіў і ў той самы момант назаўсёды знішчае сапраўдны: ніхто не зможа яго аднавіць, нават вы. Перш чым наладжваць яе, запячатайце свае доказы для следчых, якім вы давяраеце.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Праверка…</translation>
    </message>
    <message>
        <source>Set up or change…</source>
        <translation>Наладзіць або змяніць…</translation>
    </message>
    <message>
        <source>Set up the duress passphrase and its decoy</source>
        <translation>Наладзіць парольную фразу пад прымусам і падманны архіў</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у сістэме</translation>
    </message>
    <message>
        <source>The archive</source>
        <translation>Архіў</translation>
    </message>
    <message>
        <source>Kept in</source>
        <translation>Месцазнаходжанне</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Рэзервовая копія</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>Адбітак ключа подпісу</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подпісу</translation>
    </message>
    <message>
        <source>Passphrase and recovery code</source>
        <translation>Парольная фраза і код аднаўлення</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Змяніць парольную фразу…</translation>
    </message>
    <message>
        <source>New recovery code…</source>
        <translation>Новы код аднаўлення…</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Парольная фраза пад прымусам наладжана.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза пад прымусам не наладжана.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were never sealed to anyone. If this computer is lost or taken, they are lost too: export them in a bundle to an investigator you trust.</source>
        <translation>
            <numerusform>%n запіс ніколі ні для каго не запячатваўся. Калі гэты камп&apos;ютар згубіцца або яго забяруць, ён таксама будзе страчаны: экспартуйце яго ў пакеце для следчага, якому вы давяраеце.</numerusform>
            <numerusform>%n запісы ніколі ні для каго не запячатваліся. Калі гэты камп&apos;ютар згубіцца або яго забяруць, яны таксама будуць страчаны: экспартуйце іх у пакеце для следчага, якому вы давяраеце.</numerusform>
            <numerusform>%n запісаў ніколі ні для каго не запячатваліся. Калі гэты камп&apos;ютар згубіцца або яго забяруць, яны таксама будуць страчаны: экспартуйце іх у пакеце для следчага, якому вы давяраеце.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item has been sealed in a bundle at least once.</source>
        <translation>Кожны запіс хаця б раз быў запячатаны ў пакет.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новая мова будзе ўжывацца пасля наступнага запуску праграмы.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sections: all items, cases, tags and types</source>
        <translation>Раздзелы: усе запісы, справы, тэгі і тыпы</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Усе запісы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тэгі</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Тыпы</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пакуль няма</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новая справа…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Рэдагаваць справу…</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Statement</source>
        <translation>Сведчанне</translation>
    </message>
    <message>
        <source>Statement and versions</source>
        <translation>Сведчанне і версіі</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версіі</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save (Ctrl+S). Saving an existing statement adds a version.</source>
        <translation>Захаваць (Ctrl+S). Захаванне існуючага сведчання дадае новую версію.</translation>
    </message>
    <message>
        <source>Render to PDF…</source>
        <translation>Стварыць PDF…</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Новае сведчанне</translation>
    </message>
    <message>
        <source>Saved as version 1. Later changes add versions; none is lost.</source>
        <translation>Захавана як версія 1. Наступныя змены дадаюць новыя версіі; ніводная не губляецца.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Statement {id}: {title}</source>
        <translation>Сведчанне {id}: {title}</translation>
    </message>
    <message>
        <source>Version {n} of {total}, recorded {when}. SHA-256 {sha}</source>
        <translation>Версія {n} з {total}, запісана {when}. SHA-256 {sha}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <source>This statement has changes that are not saved. If you leave it now, they are lost.

Discard the changes?</source>
        <translation>У гэтым сведчанні ёсць незахаваныя змены. Калі пакінуць яго зараз, яны знікнуць.

Адкінуць змены?</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Захаванне…</translation>
    </message>
    <message>
        <source>Saved as statement {id}, version 1.</source>
        <translation>Захавана як сведчанне {id}, версія 1.</translation>
    </message>
    <message>
        <source>Nothing changed, so no new version was made.</source>
        <translation>Нічога не змянілася, таму новая версія не створана.</translation>
    </message>
    <message>
        <source>Saved as version {n}. Earlier versions remain.</source>
        <translation>Захавана як версія {n}. Папярэднія версіі захоўваюцца.</translation>
    </message>
    <message>
        <source>Identity saved, apart from the statement.</source>
        <translation>Звесткі пра асобу захаваны асобна ад сведчання.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Згода запісана.</translation>
    </message>
    <message>
        <source>Consent withdrawn: nothing of this statement may be exported now.</source>
        <translation>Згода адклікана: цяпер нічога з гэтага сведчання нельга экспартаваць.</translation>
    </message>
    <message>
        <source>Added to the case {name}.</source>
        <translation>Дададзена да справы {name}.</translation>
    </message>
    <message>
        <source>Render the statement to PDF</source>
        <translation>Стварыць PDF са сведчаннем</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-дакументы (*.pdf)</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} ужо існуе; выберыце іншую назву.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Стварэнне дакумента…</translation>
    </message>
    <message>
        <source>Wrote {path} (recorded in the custody log).</source>
        <translation>Запісана {path} (адзначана ў журнале захоўвання).</translation>
    </message>
</context>
<context>
    <name>StatementFields</name>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Сведчанне</translation>
    </message>
    <message>
        <source>Events began</source>
        <translation>Пачатак падзей</translation>
    </message>
    <message>
        <source>Events ended</source>
        <translation>Канец падзей</translation>
    </message>
    <message>
        <source>Dates approximate</source>
        <translation>Даты прыблізныя</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Калі (словамі)</translation>
    </message>
    <message>
        <source>Place of the events</source>
        <translation>Месца падзей</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>Perpetrators as described</source>
        <translation>Выканаўцы (паводле апісання)</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Траўмы</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Часткі цела</translation>
    </message>
    <message>
        <source>Medical care and documents</source>
        <translation>Медыцынская дапамога і дакументы</translation>
    </message>
    <message>
        <source>Witnesses mentioned</source>
        <translation>Згаданыя сведкі</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Інтэрв&apos;юер</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата інтэрв&apos;ю</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>head</source>
        <translation>галава</translation>
    </message>
    <message>
        <source>face</source>
        <translation>твар</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>шыя</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>грудзі</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>жывот</translation>
    </message>
    <message>
        <source>back</source>
        <translation>спіна</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>ягадзіцы</translation>
    </message>
    <message>
        <source>genitals</source>
        <translation>палавыя органы</translation>
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
        <translation>левая кісць</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>правая кісць</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>левая нага</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>правая нага</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>левая ступня</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>правая ступня</translation>
    </message>
</context>
<context>
    <name>StatementForm</name>
    <message>
        <source>Pseudonym of the witness</source>
        <translation>Псеўданім сведкі</translation>
    </message>
    <message>
        <source>The name the witness is referred to by</source>
        <translation>Імя, пад якім сведка фігуруе</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <source>A short title, e.g. Detention near the metro</source>
        <translation>Кароткі загаловак, напрыклад: Затрыманне каля метро</translation>
    </message>
    <message>
        <source>Statement: what the witness said, in their words</source>
        <translation>Сведчанне: што расказаў сведка, яго ўласнымі словамі</translation>
    </message>
    <message>
        <source>What the witness said, in their words.</source>
        <translation>Што расказаў сведка, яго ўласнымі словамі.</translation>
    </message>
    <message>
        <source>2020-08-10 or 2020-08-10T22:30</source>
        <translation>2020-08-10 або 2020-08-10T22:30</translation>
    </message>
    <message>
        <source>When the events began</source>
        <translation>Калі пачаліся падзеі</translation>
    </message>
    <message>
        <source>optional, for a range</source>
        <translation>неабавязкова, для прамежку</translation>
    </message>
    <message>
        <source>When the events ended (optional)</source>
        <translation>Калі скончыліся падзеі (неабавязкова)</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>прыблізна</translation>
    </message>
    <message>
        <source>The dates are approximate</source>
        <translation>Даты прыблізныя</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Калі (словамі)</translation>
    </message>
    <message>
        <source>e.g. the night of 9 to 10 August, after the curfew</source>
        <translation>напрыклад, у ноч з 9 на 10 жніўня, пасля каменданцкай гадзіны</translation>
    </message>
    <message>
        <source>Place of the events</source>
        <translation>Месца падзей</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>Perpetrators as described</source>
        <translation>Выканаўцы (паводле апісання)</translation>
    </message>
    <message>
        <source>Units, uniforms, vehicles, names or numbers heard</source>
        <translation>Падраздзяленні, форма, транспарт, пачутыя імёны або нумары</translation>
    </message>
    <message>
        <source>Injuries, in the witness&apos;s words</source>
        <translation>Траўмы, словамі сведкі</translation>
    </message>
    <message>
        <source>Medical care received and medical documents</source>
        <translation>Атрыманая медыцынская дапамога і медыцынскія дакументы</translation>
    </message>
    <message>
        <source>Other witnesses mentioned</source>
        <translation>Іншыя згаданыя сведкі</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Інтэрв&apos;юер</translation>
    </message>
    <message>
        <source>2020-09-01</source>
        <translation>2020-09-01</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата інтэрв&apos;ю</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Мова сведчання</translation>
    </message>
    <message>
        <source>e.g. Belarusian</source>
        <translation>напрыклад, беларуская</translation>
    </message>
    <message>
        <source>Linked items of the archive</source>
        <translation>Звязаныя запісы архіва</translation>
    </message>
    <message>
        <source>Link items…</source>
        <translation>Звязаць запісы…</translation>
    </message>
    <message>
        <source>Unlink selected</source>
        <translation>Адвязаць выбраныя</translation>
    </message>
    <message>
        <source>Case to add the statement to</source>
        <translation>Справа, да якой дадаць сведчанне</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Дадаць да справы</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псеўданім</translation>
    </message>
    <message>
        <source>to</source>
        <translation>па</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Выканаўцы</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Траўмы</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Часткі цела</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Медыцынская дапамога</translation>
    </message>
    <message>
        <source>Witnesses mentioned</source>
        <translation>Згаданыя сведкі</translation>
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
        <translation>Звязаныя запісы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Сведчанне</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Абставіны</translation>
    </message>
    <message>
        <source>In: {cases}</source>
        <translation>У справах: {cases}</translation>
    </message>
    <message>
        <source>In no case yet.</source>
        <translation>Пакуль не далучана ні да адной справы.</translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message>
        <source>Statements</source>
        <translation>Сведчанні</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Новае сведчанне</translation>
    </message>
    <message>
        <source>New statement (Ctrl+N)</source>
        <translation>Новае сведчанне (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псеўданім</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
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
        <translation>Сведчанні: псеўданім, загаловак, версія і згода</translation>
    </message>
    <message>
        <source>No statements yet. Use New statement to record one.</source>
        <translation>Сведчанняў пакуль няма. Каб запісаць сведчанне, націсніце «Новае сведчанне».</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не запісана</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Адклікана</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пакуль ніхто</translation>
    </message>
    <message>
        <source>Named investigators</source>
        <translation>Названыя следчыя</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Любыя следчыя</translation>
    </message>
    <message>
        <source>Public, anonymised</source>
        <translation>Усе, ананімізавана</translation>
    </message>
    <message>
        <source>v{n}</source>
        <translation>в{n}</translation>
    </message>
    <message numerus="yes">
        <source>{pseudonym}: {title}, %n version(s)</source>
        <translation>
            <numerusform>{pseudonym}: {title}, %n версія</numerusform>
            <numerusform>{pseudonym}: {title}, %n версіі</numerusform>
            <numerusform>{pseudonym}: {title}, %n версій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementsWindow</name>
    <message>
        <source>Statements</source>
        <translation>Сведчанні</translation>
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
            <numerusform>%Ln запіс</numerusform>
            <numerusform>%Ln запісы</numerusform>
            <numerusform>%Ln запісаў</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Праверкі яшчэ не было</translation>
    </message>
    <message>
        <source>Last verified {when}: all intact</source>
        <translation>Апошняя праверка {when}: усё цэлае</translation>
    </message>
    <message>
        <source>Last verified {when}: PROBLEMS FOUND</source>
        <translation>Апошняя праверка {when}: ВЫЯЎЛЕНЫ ПРАБЛЕМЫ</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Праверка…</translation>
    </message>
    <message numerus="yes">
        <source>Verified %n item(s): all intact.</source>
        <translation>
            <numerusform>Правераны %n запіс: усё цэлае.</numerusform>
            <numerusform>Правераны %n запісы: усё цэлае.</numerusform>
            <numerusform>Праверана %n запісаў: усё цэлае.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification could not run: {e}</source>
        <translation>Не ўдалося правесці праверку: {e}</translation>
    </message>
    <message numerus="yes">
        <source>Filed %n item(s) under “{name}”.</source>
        <translation>
            <numerusform>%n запіс далучаны да справы «{name}».</numerusform>
            <numerusform>%n запісы далучаны да справы «{name}».</numerusform>
            <numerusform>%n запісаў далучана да справы «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of “{name}”; they stay in the archive.</source>
        <translation>
            <numerusform>%n запіс выключаны са справы «{name}»; ён застаецца ў архіве.</numerusform>
            <numerusform>%n запісы выключаны са справы «{name}»; яны застаюцца ў архіве.</numerusform>
            <numerusform>%n запісаў выключана са справы «{name}»; яны застаюцца ў архіве.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackBars</name>
    <message>
        <source>Faces over time</source>
        <translation>Твары на працягу відэа</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Archive</source>
        <translation>Архіў</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблакаванне…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Паведамленне</translation>
    </message>
    <message>
        <source>Open another archive…</source>
        <translation>Адкрыць іншы архіў…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблакаваць</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>Забылі парольную фразу? Скарыстайцеся кодам аднаўлення</translation>
    </message>
    <message>
        <source>Type the 40-digit recovery code from your paper, then choose a new passphrase.</source>
        <translation>Увядзіце 40-значны код аднаўлення са сваёй паперы, потым прыдумайце новую парольную фразу.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код аднаўлення</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Unlock and set the new passphrase</source>
        <translation>Разблакаваць і задаць новую парольную фразу</translation>
    </message>
    <message>
        <source>Back to passphrase</source>
        <translation>Назад да парольнай фразы</translation>
    </message>
    <message>
        <source>Location: {path}</source>
        <translation>Месцазнаходжанне: {path}</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Увядзіце парольную фразу.</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>Увядзіце код аднаўлення.</translation>
    </message>
    <message>
        <source>Unlocking and setting the new passphrase…</source>
        <translation>Разблакаванне і задаванне новай парольнай фразы…</translation>
    </message>
    <message>
        <source>That recovery code does not open this archive.</source>
        <translation>Гэты код аднаўлення не адкрывае гэты архіў.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Няправільная парольная фраза. Праверце раскладку клавіятуры і Caps Lock.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be opened: {e}</source>
        <translation>Архіў пашкоджаны, і яго нельга адкрыць: {e}</translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>Выберыце папку архіва</translation>
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
        <translation>Знойдзеныя твары</translation>
    </message>
    <message>
        <source>Drop track</source>
        <translation>Адкінуць трэк</translation>
    </message>
    <message>
        <source>Not a face: leave it as it is in the copy</source>
        <translation>Гэта не твар: пакінуць як ёсць у копіі</translation>
    </message>
    <message>
        <source>Keep track</source>
        <translation>Вярнуць трэк</translation>
    </message>
    <message>
        <source>Add box</source>
        <translation>Дадаць рамку</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Выдаліць рамку</translation>
    </message>
    <message>
        <source>From frame</source>
        <translation>З кадра</translation>
    </message>
    <message>
        <source>To frame</source>
        <translation>Па кадр</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Пачаць тут</translation>
    </message>
    <message>
        <source>End here</source>
        <translation>Скончыць тут</translation>
    </message>
    <message>
        <source>Show as published</source>
        <translation>Паказаць, як будзе апублікавана</translation>
    </message>
    <message>
        <source>Every face must be covered in every frame: drop a track only if it is not a face, and add a box over the frames where the detector missed one.</source>
        <translation>Кожны твар павінен быць закрыты ў кожным кадры: адкідайце трэк, толькі калі гэта не твар, і дадавайце рамку на кадры, дзе дэтэктар прапусціў твар.</translation>
    </message>
    <message>
        <source>Confirm boxes</source>
        <translation>Пацвердзіць рамкі</translation>
    </message>
    <message>
        <source>Faces found (ticked ones are hidden)</source>
        <translation>Знойдзеныя твары (адзначаныя будуць схаваны)</translation>
    </message>
    <message>
        <source>Boxes you add (select one to set its frames)</source>
        <translation>Вашы рамкі (выберыце рамку, каб задаць яе кадры)</translation>
    </message>
    <message>
        <source>Face {n}</source>
        <translation>Твар {n}</translation>
    </message>
    <message>
        <source>Frame {n} of {total}</source>
        <translation>Кадр {n} з {total}</translation>
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
            <numerusform>%n трэк твару будзе схаваны</numerusform>
            <numerusform>%n трэкі твараў будуць схаваны</numerusform>
            <numerusform>%n трэкаў твараў будзе схавана</numerusform>
        </translation>
    </message>
    <message>
        <source>Boxes added by you: {added}.</source>
        <translation>Рамак, дададзеных вамі: {added}.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>{name} — Archive</source>
        <translation>{name} — Архіў</translation>
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
        <translation>Гэтая парольная фраза пад прымусам ацэненая як слабая (каля {bits} біт).</translation>
    </message>
    <message>
        <source>Anyone who guesses it, even by chance, opens the decoy and so destroys your real archive for good. Choose a longer one unless you are sure.</source>
        <translation>Кожны, хто яе адгадае, нават выпадкова, адкрые падманны архіў і тым самым назаўсёды знішчыць ваш сапраўдны архіў. Абярыце даўжэйшую, калі вы не ўпэўненыя.</translation>
    </message>
    <message>
        <source>This passphrase is rated Weak (about {bits} bits).</source>
        <translation>Гэтая парольная фраза ацэненая як слабая (каля {bits} біт).</translation>
    </message>
    <message>
        <source>Anyone who gets a copy of the archive can try to guess it on their own computer, as fast as they like, and would soon open it. Several unrelated words are much safer.</source>
        <translation>Кожны, хто атрымае копію архіва, можа спрабаваць адгадаць яе на сваім камп&apos;ютары з любой хуткасцю і хутка адкрые архіў. Некалькі не звязаных паміж сабой слоў значна бяспечнейшыя.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Усё роўна ўжыць</translation>
    </message>
    <message>
        <source>Go back and change it</source>
        <translation>Вярнуцца і змяніць</translation>
    </message>
</context>
<context>
    <name>WindowChrome</name>
    <message>
        <source>Main</source>
        <translation>Асноўная панэль</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Дадаць файлы…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Дадаць папку…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Праверыць зараз</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспарт…</translation>
    </message>
    <message>
        <source>Seal the selected items or a case for investigators (Ctrl+E)</source>
        <translation>Запячатаць выбраныя запісы або справу для следчых (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open a received bundle…</source>
        <translation>Адкрыць атрыманы пакет…</translation>
    </message>
    <message>
        <source>Take in many bundles…</source>
        <translation>Прыняць шмат пакетаў…</translation>
    </message>
    <message>
        <source>Custody log…</source>
        <translation>Журнал захоўвання…</translation>
    </message>
    <message>
        <source>Look-alikes…</source>
        <translation>Падобныя…</translation>
    </message>
    <message>
        <source>Items that look alike, such as re-encoded copies</source>
        <translation>Падобныя элементы, напрыклад перакадаваныя копіі</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблакаваць</translation>
    </message>
    <message>
        <source>Lock the archive (Ctrl+L)</source>
        <translation>Заблакаваць архіў (Ctrl+L)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Сведчанні</translation>
    </message>
    <message>
        <source>Name, or Enter to search everything</source>
        <translation>Назва, або Enter — пошук па ўсім</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Typing narrows the items by name; Enter also searches statements, tags and cases</source>
        <translation>Увод тэксту адбірае запісы па назве; Enter шукае таксама ў сведчаннях, тэгах і справах</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архіў</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новая справа…</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Рэдагаваць справу…</translation>
    </message>
    <message>
        <source>Lock automatically</source>
        <translation>Блакаваць аўтаматычна</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налады…</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Парольная фраза пад прымусам…</translation>
    </message>
    <message>
        <source>Destroy the archive now…</source>
        <translation>Знішчыць архіў зараз…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архіў</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the passphrase file is empty</source>
        <translation>файл з парольнай фразай пусты</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Паўтарыце новую парольную фразу: </translation>
    </message>
    <message>
        <source>the new passphrase must not be empty</source>
        <translation>новая парольная фраза не можа быць пустой</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>парольныя фразы не супадаюць; нічога не зменена</translation>
    </message>
    <message>
        <source>no new passphrase given (empty input)</source>
        <translation>новая парольная фраза не ўведзена (пусты ўвод)</translation>
    </message>
    <message>
        <source>the new passphrase is rated Weak (about {bits} bits): anyone who gets a copy of the vault can try to guess it on their own computer, and would soon succeed. Choose a longer one (several words), or give --accept-weak-passphrase to use it anyway.</source>
        <translation>новая парольная фраза ацэненая як слабая (каля {bits} біт): кожны, хто атрымае копію архіва, можа спрабаваць адгадаць яе на сваім камп&apos;ютары і хутка адгадае. Абярыце даўжэйшую (некалькі слоў) або дайце --accept-weak-passphrase, каб усё ж ужыць яе.</translation>
    </message>
    <message>
        <source>New duress passphrase: </source>
        <translation>Новая парольная фраза пад прымусам: </translation>
    </message>
    <message>
        <source>Repeat the duress passphrase: </source>
        <translation>Паўтарыце парольную фразу пад прымусам: </translation>
    </message>
    <message>
        <source>the duress passphrase must not be empty</source>
        <translation>парольная фраза пад прымусам не можа быць пустой</translation>
    </message>
    <message>
        <source>the two duress passphrases differ; nothing was changed</source>
        <translation>парольныя фразы пад прымусам не супадаюць; нічога не зменена</translation>
    </message>
    <message>
        <source>no duress passphrase given (empty input)</source>
        <translation>парольная фраза пад прымусам не ўведзена (пусты ўвод)</translation>
    </message>
    <message>
        <source>the duress passphrase is rated Weak (about {bits} bits): anyone who guesses it opens the decoy and so destroys your real vault. Choose a longer one, or give --accept-weak-passphrase to use it anyway.</source>
        <translation>парольная фраза пад прымусам ацэненая як слабая (каля {bits} біт): кожны, хто яе адгадае, адкрые падманны архіў і тым самым знішчыць ваш сапраўдны архіў. Абярыце даўжэйшую або дайце --accept-weak-passphrase, каб усё ж ужыць яе.</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>не ўдаецца прачытаць {path}: {strerror}</translation>
    </message>
    <message>
        <source>cannot read the passphrase from {source}: {strerror}</source>
        <translation>не ўдаецца прачытаць парольную фразу з {source}: {strerror}</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Цяперашняя парольная фраза: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>evidence-vault: WARNING: {warning}</source>
        <translation>evidence-vault: УВАГА: {warning}</translation>
    </message>
    <message>
        <source>Measuring this computer to choose the key-derivation cost...</source>
        <translation>Вымяраецца хуткасць гэтага камп&apos;ютара, каб выбраць складанасць вываду ключа...</translation>
    </message>
    <message>
        <source>Vault created at {directory}</source>
        <translation>Архіў створаны ў {directory}</translation>
    </message>
    <message>
        <source>Recovery code: write it down now and keep it somewhere safe. It is shown only once,</source>
        <translation>Код аднаўлення: запішыце яго зараз і захоўвайце ў надзейным месцы. Ён паказваецца толькі адзін раз,</translation>
    </message>
    <message>
        <source>and it opens the vault if the passphrase is forgotten.</source>
        <translation>і ён адкрывае архіў, калі парольная фраза забыта.</translation>
    </message>
    <message>
        <source>[{files_done}/{files_total}] {done} of {total}, {rate}/s  {current}</source>
        <translation>[{files_done}/{files_total}] {done} з {total}, {rate}/с  {current}</translation>
    </message>
    <message>
        <source>no ProofMode proof came with it</source>
        <translation>з ім не прыйшло доказу ProofMode</translation>
    </message>
    <message>
        <source>{what}: signature valid, by the export&apos;s key {key}</source>
        <translation>{what}: подпіс сапраўдны, ключом з экспарту {key}</translation>
    </message>
    <message>
        <source>{what}: BAD signature: these bytes are not what key {key} signed</source>
        <translation>{what}: ДРЭННЫ подпіс: гэта не тыя байты, што падпісаў ключ {key}</translation>
    </message>
    <message>
        <source>{what}: signature does not match: it signs another file ({other})</source>
        <translation>{what}: подпіс не супадае: ён падпісвае іншы файл ({other})</translation>
    </message>
    <message>
        <source>{what}: signed by key {key}, which is not in the export: NOT verified</source>
        <translation>{what}: падпісана ключом {key}, якога няма ў экспарце: НЕ праверана</translation>
    </message>
    <message>
        <source>{what}: the export has no public key (pubkey.asc): signature NOT verified</source>
        <translation>{what}: у экспарце няма публічнага ключа (pubkey.asc): подпіс НЕ правераны</translation>
    </message>
    <message>
        <source>{what}: not a readable OpenPGP signature ({reason})</source>
        <translation>{what}: гэта не чытэльны подпіс OpenPGP ({reason})</translation>
    </message>
    <message>
        <source>{what}: signature NOT checked: {reason}</source>
        <translation>{what}: подпіс НЕ правераны: {reason}</translation>
    </message>
    <message>
        <source>{what}: no signature</source>
        <translation>{what}: няма подпісу</translation>
    </message>
    <message>
        <source>{what}: the proof&apos;s hash matches this file</source>
        <translation>{what}: хэш у доказе супадае з гэтым файлам</translation>
    </message>
    <message>
        <source>{what}: the proof is for another file (SHA-256 {recorded}), NOT this one</source>
        <translation>{what}: доказ — для іншага файла (SHA-256 {recorded}), НЕ для гэтага</translation>
    </message>
    <message>
        <source>{what}: the proof cannot be read ({reason})</source>
        <translation>{what}: доказ немагчыма прачытаць ({reason})</translation>
    </message>
    <message>
        <source>timestamp: pending at {count} calendar(s), for this file&apos;s hash (not yet in Bitcoin)</source>
        <translation>пазнака часу: чакае ў {count} каляндар(ах), для хэша гэтага файла (яшчэ не ў Bitcoin)</translation>
    </message>
    <message>
        <source>timestamp: in Bitcoin block {height} for this file&apos;s hash (Merkle root {root}; check it against the block chain with `ots verify`)</source>
        <translation>пазнака часу: у блоку Bitcoin {height} для хэша гэтага файла (корань Merkle {root}; праверце яго па ланцугу блокаў з дапамогай `ots verify`)</translation>
    </message>
    <message>
        <source>timestamp: it is for another hash ({digest}), NOT this file</source>
        <translation>пазнака часу: яна для іншага хэша ({digest}), НЕ для гэтага файла</translation>
    </message>
    <message>
        <source>timestamp: the proof cannot be read ({reason})</source>
        <translation>пазнака часу: доказ немагчыма прачытаць ({reason})</translation>
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
        <translation>evidence-vault: адмоўлена, нічога не імпартавана: {reason}</translation>
    </message>
    <message>
        <source>{path}: {reason}; nothing imported</source>
        <translation>{path}: {reason}; нічога не імпартавана</translation>
    </message>
    <message>
        <source>! not imported: {name}: it belongs to no media file of the export</source>
        <translation>! не імпартавана: {name}: не належыць ніводнаму медыяфайлу экспарту</translation>
    </message>
    <message>
        <source>Imported {imported}, already present {present}, failed {failed}.</source>
        <translation>Дададзена: {imported}, ужо было: {present}, не ўдалося: {failed}.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Далучэнні:</translation>
    </message>
    <message>
        <source>ProofMode (checked {time}):</source>
        <translation>ProofMode (праверана {time}):</translation>
    </message>
    <message>
        <source>  failed: {path}: {message}</source>
        <translation>  не ўдалося: {path}: {message}</translation>
    </message>
    <message>
        <source>The vault is empty. Add evidence with: evidence-vault import FILE_OR_FOLDER</source>
        <translation>Архіў пусты. Дадайце доказы камандай: evidence-vault import FILE_OR_FOLDER</translation>
    </message>
    <message>
        <source>Copy of item {item} ({profile} copy {sha256}); the original:</source>
        <translation>Копія файла {item} (копія «{profile}» {sha256}); арыгінал:</translation>
    </message>
    <message>
        <source>Copies made from it:</source>
        <translation>Копіі, зробленыя з яго:</translation>
    </message>
    <message>
        <source>  boxes confirmed by {who}</source>
        <translation>  рамкі пацвердзіў(-ла) {who}</translation>
    </message>
    <message>
        <source>  {profile}: {sha256}  {content_type}, {size} bytes{confirmed}</source>
        <translation>  {profile}: {sha256}  {content_type}, {size} байт{confirmed}</translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation>Журнал захоўвання:</translation>
    </message>
    <message>
        <source>Wrote item {id} to {out} ({size} bytes, SHA-256 {sha256})</source>
        <translation>Запіс {id} захаваны ў {out} ({size} байт, SHA-256 {sha256})</translation>
    </message>
    <message>
        <source>Checked {items_checked} items and {events_checked} custody events.</source>
        <translation>Праверана запісаў: {items_checked}, падзей журнала захоўвання: {events_checked}.</translation>
    </message>
    <message>
        <source>Verification passed: every item matches its hash and the custody log is intact.</source>
        <translation>Праверка прайшла: кожны запіс адпавядае свайму хэшу, журнал захоўвання цэлы.</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <translation>ПРАБЛЕМА: {problem}</translation>
    </message>
    <message>
        <source>Deleted the bytes of item {id}. Its record and custody events remain.</source>
        <translation>Змесціва (байты) запісу {id} выдалена. Звесткі пра запіс і падзеі журнала захоўвання застаюцца.</translation>
    </message>
    <message>
        <source>Custody log anchor: {size} events, signed {time}</source>
        <translation>Якар журнала захоўвання: падзей — {size}, падпісаны {time}</translation>
    </message>
    <message>
        <source>Root: {root}</source>
        <translation>Корань: {root}</translation>
    </message>
    <message>
        <source>Timestamped by {server} at {time}</source>
        <translation>Пазнака часу ад {server}: {time}</translation>
    </message>
    <message>
        <source>Keep this code outside the vault (a message to someone you trust, or paper).</source>
        <translation>Захоўвайце гэты код па-за архівам (паведамленне таму, каму давяраеце, або папера).</translation>
    </message>
    <message>
        <source>&apos;evidence-vault anchors check CODE&apos; later proves the log still extends it.</source>
        <translation>Пазней &apos;evidence-vault anchors check CODE&apos; пацвердзіць, што журнал па-ранейшаму змяшчае ўсё, што ахоплівае якар.</translation>
    </message>
    <message>
        <source>OK: </source>
        <translation>У ПАРАДКУ: </translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation>ПРАВЕРКА НЕ ПРАЙШЛА: </translation>
    </message>
    <message>
        <source>Fingerprint (compare by voice): {fingerprint}</source>
        <translation>Адбітак ключа (звярайце голасам): {fingerprint}</translation>
    </message>
    <message>
        <source>minisign public key:</source>
        <translation>Публічны ключ minisign:</translation>
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
Парольная фраза пад прымусам — для выпадку, калі вас прымушаюць адкрыць архіў.
Калі ўвесці яе замест вашай парольнай фразы, здаецца, што ўсё спрацавала:
адкрываецца падманны архіў, у якім толькі тое, што вы выберыце цяпер (або
нічога). У той самы момант знішчаецца ключ вашага сапраўднага архіва. Пасля
гэтага ніхто не зможа аднавіць сапраўдныя доказы, нават вы: на вашу парольную
фразу і код аднаўлення праграма будзе адказваць &quot;wrong passphrase&quot; (няправільная
парольная фраза). Перш чым наладжваць яе, запячатайце пакет з доказамі для
следчых, якім давяраеце. Яна не абараняе копію архіва, зробленую да ўводу
парольнай фразы пад прымусам, а знішчэнне доказаў там, дзе вы знаходзіцеся, само
па сабе можа быць злачынствам. Гл. docs/threat-model.md.</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Парольная фраза пад прымусам наладжана.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Парольная фраза пад прымусам не наладжана.</translation>
    </message>
    <message>
        <source>The duress passphrase is cleared; the decoy is gone.</source>
        <translation>Парольная фраза пад прымусам выдалена; падманнага архіва больш няма.</translation>
    </message>
    <message>
        <source>Duress passphrase set. The decoy holds {decoy_items} item(s).</source>
        <translation>Парольная фраза пад прымусам наладжана. Запісаў у падманным архіве: {decoy_items}.</translation>
    </message>
    <message>
        <source>quick-delete destroys the vault for good; confirm with --yes</source>
        <translation>quick-delete назаўсёды знішчае архіў; пацвердзіце параметрам --yes</translation>
    </message>
    <message>
        <source>Destroy the vault at {directory} for good? Nobody can recover it. Type yes: </source>
        <translation>Назаўсёды знішчыць архіў у {directory}? Ніхто не зможа яго аднавіць. Каб пацвердзіць, увядзіце yes: </translation>
    </message>
    <message>
        <source>Nothing was destroyed.</source>
        <translation>Нічога не знішчана.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Гатова.</translation>
    </message>
    <message>
        <source>Passphrase changed. The old passphrase no longer opens the vault.</source>
        <translation>Парольная фраза зменена. Старая парольная фраза больш не адкрывае архіў.</translation>
    </message>
    <message>
        <source>no recovery code given (empty input)</source>
        <translation>код аднаўлення не ўведзены (пусты ўвод)</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Код аднаўлення: </translation>
    </message>
    <message>
        <source>New passphrase set. The recovery code still works; keep it safe.</source>
        <translation>Новая парольная фраза зададзена. Код аднаўлення па-ранейшаму дзейнічае; захоўвайце яго ў надзейным месцы.</translation>
    </message>
    <message>
        <source>evidence-vault: {exc}</source>
        <translation>evidence-vault: {exc}</translation>
    </message>
    <message>
        <source>
evidence-vault: interrupted</source>
        <translation>
evidence-vault: перапынена</translation>
    </message>
    <message>
        <source>Wrote a new age identity to {out} (keep it secret; it opens bundles sealed to you).</source>
        <translation>Новы асабісты ключ age запісаны ў {out} (трымайце яго ў сакрэце: ён адкрывае пакеты, запячатаныя для вас).</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Адбітак ключа: {fingerprint}</translation>
    </message>
    <message>
        <source>Added {name}. Fingerprint, to compare by voice: {fingerprint}</source>
        <translation>Дададзены атрымальнік {name}. Адбітак ключа для зверкі голасам: {fingerprint}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Выдалены атрымальнік {name}.</translation>
    </message>
    <message>
        <source>{name}
    {public_key}
    fingerprint {fingerprint}</source>
        <translation>{name}
    {public_key}
    адбітак ключа {fingerprint}</translation>
    </message>
    <message>
        <source>No recipients yet. Add one with: evidence-vault recipients add NAME age1…</source>
        <translation>Атрымальнікаў пакуль няма. Дадайце атрымальніка камандай: evidence-vault recipients add NAME age1…</translation>
    </message>
    <message>
        <source>--statement takes a statement number, not {ref!r}</source>
        <translation>--statement прымае нумар сведчання, а не {ref!r}</translation>
    </message>
    <message>
        <source>--withhold applies to --profile originals</source>
        <translation>--withhold ужываецца толькі з --profile originals</translation>
    </message>
    <message>
        <source>--with-identity applies to --statement</source>
        <translation>--with-identity ужываецца толькі з --statement</translation>
    </message>
    <message>
        <source>--add-box, --drop-box, --reviewed, --voice and --audio apply to --profile anonymised</source>
        <translation>--add-box, --drop-box, --reviewed, --voice і --audio дзейнічаюць толькі з --profile anonymised</translation>
    </message>
    <message>
        <source>--add-box, --drop-box and --reviewed correct one item&apos;s boxes: export that item alone</source>
        <translation>--add-box, --drop-box і --reviewed выпраўляюць рамкі аднаго файла: экспартуйце гэты файл адзін</translation>
    </message>
    <message>
        <source>What the originals keep and what is withheld:</source>
        <translation>Што застаецца ў арыгіналах і што выразаецца:</translation>
    </message>
    <message>
        <source>What leaves in the sanitized copies:</source>
        <translation>Што пойдзе ў ачышчаных копіях:</translation>
    </message>
    <message>
        <source>Sealing: {done} of {total} MiB</source>
        <translation>Запячатванне: {done} з {total} МіБ</translation>
    </message>
    <message>
        <source>Sealed {items} item(s) into {path} ({size} bytes), verified after writing.</source>
        <translation>Запячатана запісаў: {items}; пакет {path} ({size} байт) правераны пасля запісу.</translation>
    </message>
    <message>
        <source>With statement(s) {ids}, including the witnesses&apos; real names and contacts.</source>
        <translation>Са сведчаннямі {ids}, разам з сапраўднымі імёнамі і кантактамі сведак.</translation>
    </message>
    <message>
        <source>With statement(s) {ids}, naming the witnesses only by pseudonym.</source>
        <translation>Са сведчаннямі {ids}; сведкі названыя толькі псеўданімамі.</translation>
    </message>
    <message>
        <source>Bundle {bundle_id}, SHA-256 {sha256}</source>
        <translation>Пакет {bundle_id}, SHA-256 {sha256}</translation>
    </message>
    <message>
        <source>  to {name}: fingerprint {fingerprint}</source>
        <translation>  для {name}: адбітак ключа {fingerprint}</translation>
    </message>
    <message>
        <source>The recipients check it with age, minisign and sha256sum: see VERIFY.txt inside.</source>
        <translation>Атрымальнікі правяраюць яго з дапамогай age, minisign і sha256sum: гл. VERIFY.txt унутры.</translation>
    </message>
    <message>
        <source>could not write {out}: {reason}</source>
        <translation>не ўдалося запісаць {out}: {reason}</translation>
    </message>
    <message>
        <source>Bundle {bundle_id} VERIFIED; wrote its report to {out}.</source>
        <translation>Пакет {bundle_id} ПРАВЕРАНЫ; справаздача запісана ў {out}.</translation>
    </message>
    <message>
        <source>Bundle FAILED verification; wrote the report of the failure to {out}.</source>
        <translation>Пакет НЕ ПРАЙШОЎ праверку; справаздача пра збой запісана ў {out}.</translation>
    </message>
    <message>
        <source>  PROBLEM: {p}</source>
        <translation>  ПРАБЛЕМА: {p}</translation>
    </message>
    <message>
        <source>no bundle at {path}</source>
        <translation>няма пакета {path}</translation>
    </message>
    <message>
        <source>Wrote the verified contents and report.txt / report.html to {out}</source>
        <translation>Праверанае змесціва і report.txt / report.html запісаны ў {out}</translation>
    </message>
    <message>
        <source>Imported into this vault, with the sender&apos;s signatures and proofs kept beside the items.</source>
        <translation>Дададзена ў гэты архіў; подпісы і пацвярджэнні адпраўніка захаваны разам з запісамі.</translation>
    </message>
    <message>
        <source>Reading metadata [{done}/{total}] {current}</source>
        <translation>Чытанне метаданых [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Reading Content Credentials again [{done}/{total}] {current}</source>
        <translation>Паўторнае чытанне ўліковых даных змесціва [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Computing perceptual hashes [{done}/{total}] {current}</source>
        <translation>Вылічэнне перцэптыўных хэшаў [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Checking previews against the pictures [{done}/{total}] {current}</source>
        <translation>Зверка папярэдніх праглядаў з выявамі [{done}/{total}] {current}</translation>
    </message>
    <message>
        <source>Metadata read for {analysed} items ({failed} could not be read, {partial} only in part).</source>
        <translation>Метаданыя прачытаны для запісаў: {analysed} (не ўдалося прачытаць: {failed}, прачытана часткова: {partial}).</translation>
    </message>
    <message>
        <source>Content Credentials read again for {count} items (new trust anchors or an older vault).</source>
        <translation>Уліковыя даныя змесціва прачытаны зноў для {count} элементаў (новыя якары даверу або сховішча старой версіі).</translation>
    </message>
    <message>
        <source>Perceptual hashes computed for {count} items (for finding look-alikes).</source>
        <translation>Перцэптыўныя хэшы вылічаныя для элементаў: {count} (для пошуку падобных).</translation>
    </message>
    <message>
        <source>  not saved: {error}</source>
        <translation>  не захавана: {error}</translation>
    </message>
    <message>
        <source>Every item has been analysed already.</source>
        <translation>Усе запісы ўжо прааналізаваны.</translation>
    </message>
    <message>
        <source>Metadata: not read yet (run: evidence-vault analyse)</source>
        <translation>Метаданыя: яшчэ не прачытаны (выканайце: evidence-vault analyse)</translation>
    </message>
    <message>
        <source>Analysis: {status}: {reason}</source>
        <translation>Аналіз: {status}: {reason}</translation>
    </message>
    <message>
        <source>Analysis: no metadata reader for this kind of file</source>
        <translation>Аналіз: праграма не ўмее чытаць метаданыя файлаў гэтага тыпу</translation>
    </message>
    <message>
        <source>      why: {why}</source>
        <translation>      чаму: {why}</translation>
    </message>
    <message>
        <source>cleaned: {name} -&gt; {output}{note}</source>
        <translation>ачышчана: {name} -&gt; {output}{note}</translation>
    </message>
    <message>
        <source>    removed: {removed}</source>
        <translation>    выдалена: {removed}</translation>
    </message>
    <message>
        <source>    removed {count} fields and places (--report lists them)</source>
        <translation>    выдалена палёў і месцаў: {count} (спіс — з --report)</translation>
    </message>
    <message>
        <source>--voice disguises the sound that --audio remove takes out</source>
        <translation>--voice змяняе гук, які --audio remove выдаляе</translation>
    </message>
    <message>
        <source>--drop-box needs the fingerprint from --review: add --reviewed FINGERPRINT</source>
        <translation>--drop-box патрабуе адбітка з --review: дадайце --reviewed АДБІТАК</translation>
    </message>
    <message>
        <source>--reviewed {given!r}: expected the fingerprint --review printed (16+ hex digits)</source>
        <translation>--reviewed {given!r}: чакаўся адбітак, які надрукаваў --review (16 і больш шаснаццатковых знакаў)</translation>
    </message>
    <message>
        <source>{spec!r}: expected FROM-TO in seconds, like 12.5-14</source>
        <translation>{spec!r}: чакаецца ПАЧАТАК-КАНЕЦ у секундах, напрыклад 12.5-14</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} ({rate:.1f}/s, {left:.0f} s left)</source>
        <translation>{name}: {done} з {total} ({rate:.1f}/с, засталося {left:.0f} с)</translation>
    </message>
    <message>
        <source>{name}: {done} ({rate:.1f}/s)</source>
        <translation>{name}: {done} ({rate:.1f}/с)</translation>
    </message>
    <message>
        <source>say where the anonymised copies go with --out DIR (or use --review)</source>
        <translation>укажыце, куды класці ананімізаваныя копіі: --out ТЭЧКА (або выкарыстайце --review)</translation>
    </message>
    <message>
        <source>REFUSED: {name}: {refused}</source>
        <translation>АДХІЛЕНА: {name}: {refused}</translation>
    </message>
    <message>
        <source>    remaining: {left}</source>
        <translation>    засталося: {left}</translation>
    </message>
    <message>
        <source>{name}: {count} face track(s) over {frames} frames</source>
        <translation>{name}: трэкаў твараў — {count}, кадраў — {frames}</translation>
    </message>
    <message>
        <source>    track {number}: frames {first}-{last}, within {box}</source>
        <translation>    трэк {number}: кадры {first}-{last}, у межах {box}</translation>
    </message>
    <message>
        <source>{name}: {count} face(s) found</source>
        <translation>{name}: знойдзена твараў — {count}</translation>
    </message>
    <message>
        <source>    box {number}: {box} (score {score})</source>
        <translation>    рамка {number}: {box} (упэўненасць {score})</translation>
    </message>
    <message>
        <source>    add a box over any face the detector missed: --add-box X,Y,W,H</source>
        <translation>    дадайце рамку на кожны твар, які дэтэктар прапусціў: --add-box X,Y,W,H</translation>
    </message>
    <message>
        <source>    fingerprint {fingerprint} (to drop a box: --drop-box N --reviewed {short})</source>
        <translation>    адбітак {fingerprint} (каб прыбраць рамку: --drop-box N --reviewed {short})</translation>
    </message>
    <message>
        <source>anonymised: {name} -&gt; {output}</source>
        <translation>ананімізавана: {name} -&gt; {output}</translation>
    </message>
    <message>
        <source>    {count} face box(es) redacted, re-encoded, metadata checked</source>
        <translation>    схавана рамак з тварамі — {count}, перакадавана, метаданыя правераныя</translation>
    </message>
    <message>
        <source>voice disguised</source>
        <translation>голас зменены</translation>
    </message>
    <message>
        <source>sound removed</source>
        <translation>гук выдалены</translation>
    </message>
    <message>
        <source>sound kept</source>
        <translation>гук захаваны</translation>
    </message>
    <message>
        <source>    {tracks} face track(s) and {added} added box(es) over {frames} frames, {sound}</source>
        <translation>    трэкаў твараў — {tracks}, дададзеных рамак — {added}, кадраў — {frames}; {sound}</translation>
    </message>
    <message>
        <source>    voice disguised, metadata checked</source>
        <translation>    голас зменены, метаданыя правераныя</translation>
    </message>
    <message>
        <source>Derivative {id} of item {id2}: {content_type}, {size} bytes</source>
        <translation>Вытворная копія {id} запісу {id2}: {content_type}, {size} байт</translation>
    </message>
    <message>
        <source>  sha256 {sha256}</source>
        <translation>  sha256 {sha256}</translation>
    </message>
    <message>
        <source>  pixels were re-encoded</source>
        <translation>  пікселі перакадаваны</translation>
    </message>
    <message>
        <source>  removed: {removed}</source>
        <translation>  выдалена: {removed}</translation>
    </message>
    <message>
        <source>Item {item_id} ({name}, {kind}): can be cleaned</source>
        <translation>Запіс {item_id} ({name}, {kind}): можна ачысціць</translation>
    </message>
    <message>
        <source>Item {item_id} ({name}, {kind}): CANNOT be cleaned</source>
        <translation>Запіс {item_id} ({name}, {kind}): НЕМАГЧЫМА ачысціць</translation>
    </message>
    <message>
        <source>  blocking: {reason}</source>
        <translation>  перашкаджае: {reason}</translation>
    </message>
    <message>
        <source>cannot read the narrative from {path}: {exc}</source>
        <translation>не ўдаецца прачытаць аповед з {path}: {exc}</translation>
    </message>
    <message>
        <source>say what the witness agreed to with --consent</source>
        <translation>укажыце праз --consent, на што сведка даў згоду</translation>
    </message>
    <message>
        <source>Recorded statement {sid} (version 1, SHA-256 {sha256}) under the pseudonym “{pseudonym}”.</source>
        <translation>Запісана сведчанне {sid} (версія 1, SHA-256 {sha256}) пад псеўданімам «{pseudonym}».</translation>
    </message>
    <message>
        <source>No consent is recorded yet: the statement cannot be exported until it is (statement edit --consent).</source>
        <translation>Згода яшчэ не запісана: пакуль яе няма, сведчанне нельга экспартаваць (statement edit --consent).</translation>
    </message>
    <message>
        <source>Statement {id}: the content is unchanged, so no new version (still version {number}).</source>
        <translation>Сведчанне {id}: змесціва не змянілася, таму новай версіі няма (па-ранейшаму версія {number}).</translation>
    </message>
    <message>
        <source>Statement {id}: recorded version {number} (SHA-256 {sha256}). Earlier versions remain.</source>
        <translation>Сведчанне {id}: запісана версія {number} (SHA-256 {sha256}). Папярэднія версіі захоўваюцца.</translation>
    </message>
    <message>
        <source>Consent withdrawn: the statement can no longer be exported.</source>
        <translation>Згода адклікана: сведчанне больш нельга экспартаваць.</translation>
    </message>
    <message>
        <source>Statement {id}: {title}</source>
        <translation>Сведчанне {id}: {title}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Версіі:</translation>
    </message>
    <message>
        <source>{id:&gt;6}  v{versions:&lt;3} {date}  {consent:&lt;18} {pseudonym}: {title}</source>
        <translation>{id:&gt;6}  в{versions:&lt;3} {date}  {consent:&lt;18} {pseudonym}: {title}</translation>
    </message>
    <message>
        <source>No statements yet. Record one with: evidence-vault statement add --title ... --narrative-file ... --pseudonym ...</source>
        <translation>Сведчанняў пакуль няма. Запішыце сведчанне камандай: evidence-vault statement add --title ... --narrative-file ... --pseudonym ...</translation>
    </message>
    <message>
        <source>{out} already exists; not overwriting it</source>
        <translation>{out} ужо існуе; перазапісу не будзе</translation>
    </message>
    <message>
        <source>with the witness&apos;s identity</source>
        <translation>са звесткамі пра асобу сведкі</translation>
    </message>
    <message>
        <source>under the pseudonym only</source>
        <translation>толькі пад псеўданімам</translation>
    </message>
    <message>
        <source>Wrote statement {id} to {out} ({format}, {shown}).</source>
        <translation>Сведчанне {id} запісана ў {out} ({format}, {shown}).</translation>
    </message>
    <message>
        <source>Created case “{name}”.</source>
        <translation>Створана справа «{name}».</translation>
    </message>
    <message>
        <source>Updated case “{name}”.</source>
        <translation>Абноўлена справа «{name}».</translation>
    </message>
    <message>
        <source>give --item ITEM or --statement ID (repeatable)</source>
        <translation>укажыце --item ITEM або --statement ID (можна некалькі разоў)</translation>
    </message>
    <message>
        <source>Case “{name}” updated.</source>
        <translation>Справа «{name}» абноўлена.</translation>
    </message>
    <message>
        <source>Taken out of the case “{name}”; they stay in the archive.</source>
        <translation>Выключана са справы «{name}»; усё застаецца ў архіве.</translation>
    </message>
    <message>
        <source>{name}: {items} items, {statements} statements</source>
        <translation>{name}: запісаў — {items}, сведчанняў — {statements}</translation>
    </message>
    <message>
        <source>No cases yet. Create one with: evidence-vault case add NAME</source>
        <translation>Спраў пакуль няма. Стварыце справу камандай: evidence-vault case add NAME</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Нічога не знойдзена.</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не існуе</translation>
    </message>
    <message>
        <source>give either --passphrase-file or --passphrase-fd, not both</source>
        <translation>дайце або --passphrase-file, або --passphrase-fd, не абодва</translation>
    </message>
    <message>
        <source>this command has no --json output</source>
        <translation>у гэтай каманды няма вываду --json</translation>
    </message>
    <message>
        <source>no vault at {directory} (create one with &apos;evidence-vault init&apos;)</source>
        <translation>няма архіва ў {directory} (стварыце яго камандай &apos;evidence-vault init&apos;)</translation>
    </message>
    <message>
        <source>The decoy&apos;s recovery code: not your vault&apos;s. If you are made to hand over a recovery code, this one opens the decoy (and destroys the real vault). Shown only once.</source>
        <translation>Код аднаўлення падманнага архіва, а не вашага. Калі вас прымусяць аддаць код аднаўлення, гэты код адкрые падманны архіў (і знішчыць сапраўдны). Паказваецца толькі адзін раз.</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>не ўдаецца прачытаць {file}: {error}</translation>
    </message>
    <message>
        <source>Installed trust anchor {sha256}
    {subject}, valid until {not_after}</source>
        <translation>Усталяваны якар даверу {sha256}
    {subject}, сапраўдны да {not_after}</translation>
    </message>
    <message>
        <source>Every certificate in {file} is installed already.</source>
        <translation>Усе сертыфікаты з {file} ужо ўсталяваны.</translation>
    </message>
    <message>
        <source>Items are judged again with it at the next: evidence-vault analyse</source>
        <translation>Элементы будуць зноў правераны з ім пры наступным запуску: evidence-vault analyse</translation>
    </message>
    <message>
        <source>Removed trust anchor {sha256} ({subject}).</source>
        <translation>Якар даверу {sha256} ({subject}) выдалены.</translation>
    </message>
    <message>
        <source>No trust anchors installed: a valid signature is shown as &apos;signer not in a trusted list&apos;. Install your organisation&apos;s CA with: evidence-vault provenance trust add FILE.pem</source>
        <translation>Якары даверу не ўсталяваны: сапраўдны подпіс паказваецца як «таго, хто падпісаў, няма ў спісе давераных». Усталюйце сертыфікат УЦ вашай арганізацыі: evidence-vault provenance trust add FILE.pem</translation>
    </message>
    <message>
        <source>Trust comes only from these anchors; no trust list is fetched, nothing goes online.</source>
        <translation>Давер бярэцца толькі з гэтых якароў; спісы даверу не загружаюцца, нічога не ідзе ў сетку.</translation>
    </message>
    <message>
        <source>Content Credentials (C2PA):</source>
        <translation>Уліковыя даныя змесціва (C2PA):</translation>
    </message>
    <message>
        <source>  not read yet (run: evidence-vault analyse)</source>
        <translation>  яшчэ не прачытана (выканайце: evidence-vault analyse)</translation>
    </message>
    <message>
        <source>  The trust anchors changed since this was read: run evidence-vault analyse.</source>
        <translation>  Якары даверу змяніліся пасля чытання: выканайце evidence-vault analyse.</translation>
    </message>
    <message>
        <source>{path}: no bundle there</source>
        <translation>{path}: тут няма пакета</translation>
    </message>
    <message>
        <source>FAILED {text}</source>
        <translation>НЕ ЎДАЛОСЯ {text}</translation>
    </message>
    <message>
        <source>{path}: bagged into {bag}, {files} file(s), {size} bytes, validated by bagit.</source>
        <translation>{path}: запісаны як пакет BagIt у {bag}; файлаў: {files}, байтаў: {size}; bagit пацвердзіў яго правільнасць.</translation>
    </message>
    <message>
        <source>{done} of {total} bundle(s) bagged under {out}.</source>
        <translation>Запісана як BagIt у {out}: {done} з {total} пакетаў.</translation>
    </message>
    <message>
        <source>received in bundle {bundle} sealed by key {sender} on {day}</source>
        <translation>атрыманы ў пакеце {bundle}, запячатаным ключом {sender}, {day}</translation>
    </message>
    <message>
        <source>imported here on {day}</source>
        <translation>імпартаваны тут {day}</translation>
    </message>
    <message>
        <source>evidence-vault: not hashed: {error}</source>
        <translation>evidence-vault: хэш не вылічаны: {error}</translation>
    </message>
    <message>
        <source>Look-alike pairs: {count} (at most {max} of 64 bits apart). Nothing was merged.</source>
        <translation>Падобных пар: {count} (адрозненне не больш за {max} з 64 бітаў). Нічога не аб&apos;яднана.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпартаваны</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>прапушчаны</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>АДХІЛЕНА</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ПАМЫЛКА</translation>
    </message>
    <message>
        <source> ({files} file(s): {new} new, {duplicates} already held)</source>
        <translation> (файлаў: {files}; новых: {new}, ужо было: {duplicates})</translation>
    </message>
    <message>
        <source>skipped (taken in before)</source>
        <translation>прапушчана (ужо прынятыя)</translation>
    </message>
    <message>
        <source>refused (known id, other bytes)</source>
        <translation>адхілена (вядомы id, іншыя байты)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>з памылкай</translation>
    </message>
    <message>
        <source>bundles in all</source>
        <translation>усяго пакетаў</translation>
    </message>
    <message>
        <source>  {size} MiB in {seconds:.1f} s ({rate:.1f} MiB/s); {new} new item(s), {dup} already held</source>
        <translation>  {size} МіБ за {seconds:.1f} с ({rate:.1f} МіБ/с); новых элементаў: {new}, ужо было: {dup}</translation>
    </message>
    <message>
        <source>  Interrupted: {count} bundle(s) not done.</source>
        <translation>  Перапынена: не апрацавана пакетаў: {count}.</translation>
    </message>
    <message>
        <source>{done} of {total} bundles, {mib} of {all_mib} MiB</source>
        <translation>{done} з {total} пакетаў, {mib} з {all_mib} МіБ</translation>
    </message>
    <message>
        <source>Batch intake:</source>
        <translation>Прыём пакетаў:</translation>
    </message>
</context>
</TS>
