<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be" sourcelanguage="en">
<!-- Qt ships no qtbase_be: Qt's own most visible texts (standard buttons, file dialog, text
     context menus), in Qt's contexts. Built by tools/translations.py build into
     src/evidence_vault/translations/qtbase_be.qm; gui/i18n.py loads it when Qt has none.
     Not touched by tools/translations.py update (these texts are not in our sources). -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Захаваць усе</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Так для &amp;ўсіх</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е для ўсіх</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Перапыніць</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Прапусціць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Адкінуць</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ужыць</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Аднавіць прадвызначаныя</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыць</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыць без захавання</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Паказаць падрабязнасці...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Схаваць падрабязнасці...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Увядзіце значэнне:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Што гэта?</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What's This?</source>
        <translation>Што гэта?</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далей</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далей &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завяршыць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Працягнуць</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Пацвердзіць</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;разаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адмяніць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Вы&amp;разаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Капіяваць &amp;адрас спасылкі</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Вылучыць усё</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Крок &amp;уверх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Крок у&amp;ніз</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Пракруціць сюды</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Да левага краю</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Уверх</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Да правага краю</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Уніз</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>На старонку ўлева</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>На старонку ўверх</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>На старонку ўправа</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>На старонку ўніз</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Пракруціць улева</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Пракруціць уверх</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Пракруціць управа</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Пракруціць уніз</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата змянення</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Камп'ютар</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой камп'ютар</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Недапушчальная назва файла</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Назву «%1» нельга выкарыстаць.&lt;/b&gt;&lt;p&gt;Паспрабуйце іншую назву: карацейшую або без знакаў прыпынку.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Шукаць у:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Назва файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тып файлаў:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбраць</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Захаваць як</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Выбраць каталог</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Каталогі</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ужо існуе.
Замяніць яго?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не знойдзены.
Праверце, ці правільна ўказана назва файла.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не знойдзены.
Праверце, ці правільна ўказана назва каталога.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» абаронены ад запісу.
Усё роўна выдаліць?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Сапраўды выдаліць «%1»?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не ўдалося выдаліць каталог.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Перайменаваць</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Стварыць папку</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Стварыць новую папку</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Паказваць &amp;схаваныя файлы</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Бацькоўскі каталог</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перайсці ў бацькоўскі каталог</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Спіс</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Падрабязна</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Паказаць спісам</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Паказаць падрабязна</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бакавая панэль</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Месцы і закладкі</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Нядаўнія месцы</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой камп'ютар</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Дыск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псеўданім</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невядома</translation>
    </message>
</context>
</TS>
