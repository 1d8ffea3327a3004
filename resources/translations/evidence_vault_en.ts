<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnchorDialog</name>
    <message numerus="yes">
        <source>Keep this code outside the archive: write it on paper, or send it to someone you trust. Later, “Check an anchor” proves that the custody log still contains everything it contained now, unchanged. It covers %n event(s).</source>
        <translation>
            <numerusform>Keep this code outside the archive: write it on paper, or send it to someone you trust. Later, “Check an anchor” proves that the custody log still contains everything it contained now, unchanged. It covers %n event.</numerusform>
            <numerusform>Keep this code outside the archive: write it on paper, or send it to someone you trust. Later, “Check an anchor” proves that the custody log still contains everything it contained now, unchanged. It covers %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>%n problem was found.</numerusform>
            <numerusform>%n problems were found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleIntakeDialog</name>
    <message numerus="yes">
        <source>Imported %n file(s) into this archive, in the case “Bundle {id}”, with the sender&apos;s signatures and proofs kept beside them.</source>
        <translation>
            <numerusform>Imported %n file into this archive, in the case “Bundle {id}”, with the sender&apos;s signatures and proofs kept beside them.</numerusform>
            <numerusform>Imported %n files into this archive, in the case “Bundle {id}”, with the sender&apos;s signatures and proofs kept beside them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleReportView</name>
    <message numerus="yes">
        <source>%n file(s), {profile}</source>
        <translation>
            <numerusform>%n file, {profile}</numerusform>
            <numerusform>%n files, {profile}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n statement(s)</source>
        <translation>
            <numerusform>; %n statement</numerusform>
            <numerusform>; %n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message numerus="yes">
        <source>%n statement(s) cannot go to these recipients. Change the recipients, or export the items without the case.</source>
        <translation>
            <numerusform>%n statement cannot go to these recipients. Change the recipients, or export the items without the case.</numerusform>
            <numerusform>%n statements cannot go to these recipients. Change the recipients, or export the items without the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyWindow</name>
    <message numerus="yes">
        <source>PASSED: %n item(s) and their custody events are intact.</source>
        <translation>
            <numerusform>PASSED: %n item and its custody events are intact.</numerusform>
            <numerusform>PASSED: %n items and their custody events are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s) found.</source>
        <translation>
            <numerusform>FAILED: %n problem found.</numerusform>
            <numerusform>FAILED: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message numerus="yes">
        <source>%n file(s) as {kind}, sealed to {who} and this archive.</source>
        <translation>
            <numerusform>%n file as {kind}, sealed to {who} and this archive.</numerusform>
            <numerusform>%n files as {kind}, sealed to {who} and this archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n statement(s).</source>
        <translation>
            <numerusform>With %n statement.</numerusform>
            <numerusform>With %n statements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanitized file(s).</source>
        <translation>
            <numerusform>%n sanitized file.</numerusform>
            <numerusform>%n sanitized files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message numerus="yes">
        <source>%n item(s) in the archive</source>
        <translation>
            <numerusform>%n item in the archive</numerusform>
            <numerusform>%n items in the archive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message numerus="yes">
        <source>The selected item(s) (%n)</source>
        <translation>
            <numerusform>The selected item (%n)</numerusform>
            <numerusform>The selected items (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n item(s)</source>
        <translation>
            <numerusform>{name} — %n item</numerusform>
            <numerusform>{name} — %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n statement(s)</source>
        <translation>
            <numerusform>, %n statement</numerusform>
            <numerusform>, %n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockMenu</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message numerus="yes">
        <source>Take %n item(s) out of the case “{name}”</source>
        <translation>
            <numerusform>Take %n item out of the case “{name}”</numerusform>
            <numerusform>Take %n items out of the case “{name}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message numerus="yes">
        <source>%n box(es) will be hidden</source>
        <translation>
            <numerusform>%n box will be hidden</numerusform>
            <numerusform>%n boxes will be hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>The bundle is sealed and was checked after writing. %n file(s) inside.</source>
        <translation>
            <numerusform>The bundle is sealed and was checked after writing. %n file inside.</numerusform>
            <numerusform>The bundle is sealed and was checked after writing. %n files inside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleaned file(s) were written and checked.</source>
        <translation>
            <numerusform>%n cleaned file was written and checked.</numerusform>
            <numerusform>%n cleaned files were written and checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message numerus="yes">
        <source>The chosen fields cannot be withheld from %n file(s) (in red). Go back and leave them out, or withhold nothing.</source>
        <translation>
            <numerusform>The chosen fields cannot be withheld from %n file (in red). Go back and leave it out, or withhold nothing.</numerusform>
            <numerusform>The chosen fields cannot be withheld from %n files (in red). Go back and leave them out, or withhold nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be cleaned as shown.</source>
        <translation>
            <numerusform>%n file will be cleaned as shown.</numerusform>
            <numerusform>%n files will be cleaned as shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be cleaned (in red). Go back and leave them out, or send originals.</source>
        <translation>
            <numerusform>%n file cannot be cleaned (in red). Go back and leave it out, or send the original.</numerusform>
            <numerusform>%n files cannot be cleaned (in red). Go back and leave them out, or send originals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) can be cleaned as shown.</source>
        <translation>
            <numerusform>All %n file can be cleaned as shown.</numerusform>
            <numerusform>All %n files can be cleaned as shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were never sealed to anyone. If this computer is lost or taken, they are lost too: export them in a bundle to an investigator you trust.</source>
        <translation>
            <numerusform>%n item was never sealed to anyone. If this computer is lost or taken, it is lost too: export it in a bundle to an investigator you trust.</numerusform>
            <numerusform>%n items were never sealed to anyone. If this computer is lost or taken, they are lost too: export them in a bundle to an investigator you trust.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementList</name>
    <message numerus="yes">
        <source>{pseudonym}: {title}, %n version(s)</source>
        <translation>
            <numerusform>{pseudonym}: {title}, %n version</numerusform>
            <numerusform>{pseudonym}: {title}, %n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n item(s): all intact.</source>
        <translation>
            <numerusform>Verified %n item: all intact.</numerusform>
            <numerusform>Verified %n items: all intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filed %n item(s) under “{name}”.</source>
        <translation>
            <numerusform>Filed %n item under “{name}”.</numerusform>
            <numerusform>Filed %n items under “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took %n item(s) out of “{name}”; they stay in the archive.</source>
        <translation>
            <numerusform>Took %n item out of “{name}”; it stays in the archive.</numerusform>
            <numerusform>Took %n items out of “{name}”; they stay in the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoReview</name>
    <message numerus="yes">
        <source>%n face track(s) will be hidden</source>
        <translation>
            <numerusform>%n face track will be hidden</numerusform>
            <numerusform>%n face tracks will be hidden</numerusform>
        </translation>
    </message>
</context>
</TS>
