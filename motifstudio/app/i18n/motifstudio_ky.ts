<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about_dialog.py" line="17"/>
        <source>About Motif Studio</source>
        <translation>Motif Studio жөнүндө</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="21"/>
        <source>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Digitise, recolour and arrange traditional textile motifs: shyrdak, ala-kiyiz, suzani and ikat.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Салттуу кездеме оюмдарын санариптеңиз, түсүн өзгөртүңүз жана жайгаштырыңыз: шырдак, ала кийиз, сузана жана икат.&lt;/p&gt;&lt;p&gt;GNU General Public License (GNU жалпы коомдук лицензиясы) 3-версиясы же андан кийинки версиясы боюнча таратылуучу эркин программа.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="26"/>
        <source>Made with these libraries and data:</source>
        <translation>Бул китепканалар жана маалыматтар менен жасалган:</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="30"/>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="30"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="31"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="31"/>
        <source>Used for</source>
        <translation>Эмне үчүн</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../archive_browser.py" line="52"/>
        <location filename="../archive_browser.py" line="361"/>
        <location filename="../archive_browser.py" line="417"/>
        <location filename="../archive_browser.py" line="425"/>
        <location filename="../archive_browser.py" line="430"/>
        <source>Archive</source>
        <extracomment>the four name fields: (language, script)</extracomment>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="65"/>
        <source>Search names, meanings, descriptions…</source>
        <translation>Аттарды, маанилерди, сүрөттөмөлөрдү издөө…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="71"/>
        <location filename="../archive_browser.py" line="100"/>
        <source>Place</source>
        <translation>Жер</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="94"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="95"/>
        <source>Name in Kyrgyz</source>
        <translation>Кыргызча аты</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="95"/>
        <source>Name in Uzbek</source>
        <translation>Өзбекче аты</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="96"/>
        <source>Name in Russian</source>
        <translation>Орусча аты</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="96"/>
        <source>Name in English</source>
        <translation>Англисче аты</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="99"/>
        <source>Maker</source>
        <translation>Уста</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="105"/>
        <source>Technique</source>
        <translation>Ыкма</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="110"/>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="111"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="116"/>
        <source>Meanings</source>
        <translation>Маанилери</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="117"/>
        <source>Add a meaning…</source>
        <translation>Маани кошуу…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="119"/>
        <source>What the motif means, as told by an informant, with the date</source>
        <translation>Оюмдун мааниси, маалымат берүүчүнүн айтымында, күнү менен</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="127"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="136"/>
        <source>Add the open project</source>
        <translation>Ачык долбоорду кошуу</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="139"/>
        <source>Open in the workspace</source>
        <translation>Иштөө үчүн ачуу</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="142"/>
        <source>Check the files</source>
        <translation>Файлдарды текшерүү</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="144"/>
        <source>Re-read every stored file and compare it with its SHA-256 checksum</source>
        <translation>Сакталган ар бир файлды кайра окуп, SHA-256 текшерүү суммасы менен салыштыруу</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="147"/>
        <source>Undo</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="149"/>
        <source>Redo</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="157"/>
        <source>Another archive file…</source>
        <translation>Башка архив файлы…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="159"/>
        <source>Open or create another catalogue file, e.g. one shared by a team on a network folder</source>
        <translation>Башка каталог файлын ачуу же түзүү, мисалы, тармактык папкадагы команданын жалпы файлы</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="169"/>
        <source>Every technique</source>
        <translation>Бардык ыкмалар</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="184"/>
        <source>Shyrdak</source>
        <translation>Шырдак</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="184"/>
        <source>Ala-kiyiz</source>
        <translation>Ала кийиз</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Suzani</source>
        <translation>Сузана</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Ikat</source>
        <translation>Икат</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="225"/>
        <source>%1 of %2 records</source>
        <translation>%2 жазуудан %1</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="310"/>
        <source>Edit %1</source>
        <translation>Оңдоо: %1</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="321"/>
        <location filename="../archive_browser.py" line="325"/>
        <location filename="../archive_browser.py" line="329"/>
        <source>Add a meaning</source>
        <translation>Маани кошуу</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="322"/>
        <source>What the motif means:</source>
        <translation>Оюмдун мааниси:</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="326"/>
        <source>Who told it (informant):</source>
        <translation>Ким айтып берди (маалымат берүүчү):</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="330"/>
        <source>When (e.g. 2026-06-12 or c. 1980):</source>
        <translation>Качан (мисалы, 2026-06-12 же c. 1980):</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="342"/>
        <source>Add a meaning to %1</source>
        <translation>%1 үчүн маани</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="358"/>
        <source>Open a project first.</source>
        <translation>Адегенде долбоорду ачыңыз.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="362"/>
        <source>Save the project first: the archive keeps the saved file.</source>
        <translation>Адегенде долбоорду сактаңыз: архив сакталган файлды сактайт.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="374"/>
        <source>Added record %1</source>
        <translation>%1 жазуу кошулду</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="389"/>
        <source>This record has no original photo to edit.</source>
        <translation>Бул жазуунун оңдоо үчүн баштапкы сүрөтү жок.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="392"/>
        <source>Opened record %1</source>
        <translation>%1 жазуу ачылды</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="397"/>
        <source>Archive file</source>
        <translation>Архив файлы</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="397"/>
        <source>Motif archives (*.sqlite)</source>
        <translation>Оюм архивдери (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="423"/>
        <source>All %1 stored files match their checksums.</source>
        <translation>Сакталган бардык %1 файл текшерүү суммаларына дал келет.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="431"/>
        <source>%1 problems found in the archive.</source>
        <translation>Архивде %1 көйгөй табылды.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="435"/>
        <source>%1 files checked</source>
        <translation>%1 файл текшерилди</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <location filename="../design_panel.py" line="102"/>
        <source>Colours</source>
        <translation>Түстөр</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="107"/>
        <source>Recolour the motif with threads or felts you can buy, a palette of ours, a palette file or a harmony. The light and dark order of the motif is kept.</source>
        <translation>Оюмдун түсүн сатыкта бар жиптердин же кийиздердин түстөрүнө, биздин палитрага, палитра файлына же түс шайкештигине өзгөртүңүз. Оюмдагы ачык жана күңүрт түстөрдүн тартиби сакталат.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="110"/>
        <source>Palette</source>
        <translation>Палитра</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="114"/>
        <source>Colours that touch stay at least this different (CIEDE2000). About 10 is easy to tell apart on felt and thread; 0 turns the check off.</source>
        <translation>Бири-бирине тийип турган түстөр жок дегенде ушунчалык айырмаланат (CIEDE2000). Болжол менен 10 болсо, кийизде жана жипте оңой айырмаланат; 0 болсо, текшерүү өчөт.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="119"/>
        <source>Touching colours differ</source>
        <translation>Коңшу түстөрдүн айырмасы</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="122"/>
        <source>Use at most this many colours (threads or felts); the closest colours are merged. Empty: as many as the motif has.</source>
        <translation>Эң көп ушунча түс колдонулат (жип же кийиз); эң жакын түстөр бириктирилет. «Баары» — оюмда канча түс болсо, ошончо.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="125"/>
        <source>All</source>
        <translation>Баары</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="128"/>
        <source>At most</source>
        <translation>Эң көп</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="130"/>
        <source>Keep light and dark order</source>
        <translation>Ачык-күңүрт тартибин сактоо</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="139"/>
        <source>Each colour of the motif and the colour it becomes. Double-click (or Enter) to choose another one yourself.</source>
        <translation>Оюмдун ар бир түсү жана ал кайсы түскө айланары. Башка түстү өзүңүз тандоо үчүн эки жолу басыңыз (же Enter).</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="157"/>
        <source>Normal vision</source>
        <translation>Кадимки көрүү</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="158"/>
        <source>Red-blind (protan)</source>
        <translation>Кызылды айырмалабайт (протан)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="159"/>
        <source>Green-blind (deutan)</source>
        <translation>Жашылды айырмалабайт (дейтан)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="160"/>
        <source>Blue-blind (tritan)</source>
        <translation>Көктү айырмалабайт (тритан)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="161"/>
        <source>Greyscale print</source>
        <translation>Ак-кара басып чыгаруу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="164"/>
        <source>See the design as people with colour-vision deficiency see it, or as a black-and-white printer prints it. The design itself does not change.</source>
        <translation>Түстөрдү начар айырмалаган адамдар дизайнды кандай көрөрүн же ак-кара принтер аны кандай басып чыгарарын көрүңүз. Дизайндын өзү өзгөрбөйт.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="176"/>
        <source>Harmony…</source>
        <translation>Шайкештик…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="177"/>
        <source>Make a palette from one colour: complementary, analogous, triadic…</source>
        <translation>Бир түстөн палитра түзүү: карама-каршы, коңшу, үч түс…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="178"/>
        <source>From image…</source>
        <translation>Сүрөттөн…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="179"/>
        <source>Take the colours of any picture as a palette.</source>
        <translation>Каалаган сүрөттүн түстөрүн палитра катары алуу.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="180"/>
        <source>Measure…</source>
        <translation>Өлчөө…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="181"/>
        <source>Photograph your threads or felts beside a white card and measure their real colours.</source>
        <translation>Жиптериңизди же кийиздериңизди ак карточканын жанына коюп сүрөткө тартыңыз да, алардын чыныгы түстөрүн өлчөңүз.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="183"/>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="184"/>
        <source>Use a GIMP (.gpl) or Adobe (.ase) palette file.</source>
        <translation>GIMP (.gpl) же Adobe (.ase) палитра файлын колдонуу.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="185"/>
        <source>Save…</source>
        <translation>Сактоо…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="186"/>
        <source>Save the design&apos;s colours as a GIMP (.gpl) or Adobe (.ase) palette.</source>
        <translation>Дизайндын түстөрүн GIMP (.gpl) же Adobe (.ase) палитрасы катары сактоо.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="195"/>
        <source>Layout</source>
        <translation>Жайгаштыруу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="199"/>
        <source>The motif alone</source>
        <translation>Оюм өзү гана</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="199"/>
        <source>All-over repeat</source>
        <translation>Бүт бетке кайталоо</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="200"/>
        <location filename="../design_panel.py" line="320"/>
        <source>Medallion</source>
        <translation>Медальон</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="200"/>
        <source>Rug or panel</source>
        <translation>Килем же туш кийиз</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="204"/>
        <source>Make</source>
        <translation>Эмне жасалат</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="208"/>
        <source>Custom size</source>
        <translation>Каалаган өлчөм</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="209"/>
        <source>Shyrdak 150 × 220 cm</source>
        <translation>Шырдак 150 × 220 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="210"/>
        <source>Shyrdak 120 × 180 cm</source>
        <translation>Шырдак 120 × 180 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="211"/>
        <source>Cushion 45 × 45 cm</source>
        <translation>Жаздык 45 × 45 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="212"/>
        <source>Scarf 50 × 180 cm</source>
        <translation>Шарф 50 × 180 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="213"/>
        <source>Suzani panel 120 × 160 cm</source>
        <translation>Сузана 120 × 160 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="214"/>
        <source>A4 sheet</source>
        <translation>A4 барак</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="219"/>
        <source>Size</source>
        <translation>Өлчөм</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="239"/>
        <source>Block</source>
        <translation>Түз катар</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="239"/>
        <source>Half-drop</source>
        <translation>Жарымга ылдый жылган</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="240"/>
        <source>Half-brick</source>
        <translation>Кыш катар, жарымга жылган</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="240"/>
        <source>Brick</source>
        <translation>Кыш катар</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="241"/>
        <source>Mirror</source>
        <translation>Күзгүдөй</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="246"/>
        <source>Symmetry group %1</source>
        <translation>%1 симметрия тобу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="248"/>
        <source>How the copies repeat: the textile repeats designers know, or any of the 17 symmetry groups of the plane (p1 … p6m).</source>
        <translation>Көчүрмөлөр кантип кайталанат: кездеме чеберлерине белгилүү кайталоолор же тегиздиктин 17 симметрия тобунун каалаганы (p1 … p6m).</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="252"/>
        <location filename="../design_panel.py" line="320"/>
        <source>Repeat</source>
        <translation>Кайталануучу оюм</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="254"/>
        <source>The width of one motif. Empty: the size it was traced at.</source>
        <translation>Бир оюмдун туурасы. Бош болсо — векторго айлантылгандагы өлчөмү.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="256"/>
        <source>Traced size</source>
        <translation>Баштапкы өлчөм</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="259"/>
        <source>Motif width</source>
        <translation>Оюмдун туурасы</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="260"/>
        <source>The gap between copies.</source>
        <translation>Көчүрмөлөрдүн ортосундагы аралык.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="264"/>
        <source>Spacing</source>
        <translation>Аралык</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="265"/>
        <source>Turn the whole repeat.</source>
        <translation>Бүт кайталануучу оюмду буруу.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="269"/>
        <source>Turn</source>
        <translation>Буруу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="271"/>
        <source>How far each row of a brick repeat is shifted, as a share of the motif width.</source>
        <translation>Кыш катар кайталоодо ар бир катар канча жылат — оюмдун туурасынын пайызы менен.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="275"/>
        <source>Row shift</source>
        <translation>Катардын жылышы</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="284"/>
        <source>How many copies turn round the centre.</source>
        <translation>Борбордун айланасында канча көчүрмө турат.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="288"/>
        <source>Copies</source>
        <translation>Көчүрмө саны</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="289"/>
        <source>Mirror each copy</source>
        <translation>Көчүрмөлөрдү күзгүдөй кылуу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="292"/>
        <source>Dihedral symmetry: each copy is mirrored about its centre line, like most shyrdak and suzani rosettes.</source>
        <translation>Күзгү симметриясы: ар бир көчүрмө өзүнүн орто сызыгына карата күзгүдөй чагылат — шырдак менен сузанадагы тегерек гүлдөрдүн көбүндөгүдөй.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="298"/>
        <source>Diameter as a share of the field&apos;s shorter side.</source>
        <translation>Диаметри — ортоңку бөлүктүн кыска жагынын пайызы менен.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="302"/>
        <source>Diameter</source>
        <translation>Диаметри</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="304"/>
        <source>The empty centre, as a share of the radius.</source>
        <translation>Ортодогу бош жер — радиустун пайызы менен.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="308"/>
        <source>Open centre</source>
        <translation>Ортосу бош</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="321"/>
        <source>Plain ground</source>
        <translation>Бир түстүү фон</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="325"/>
        <source>Field</source>
        <translation>Ортоңку бөлүк</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="326"/>
        <source>Quarter medallions in the corners</source>
        <translation>Бурчтарда медальондун чейреги</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="333"/>
        <source>Borders, outside first</source>
        <translation>Каймалар, сырткысынан баштап</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="337"/>
        <source>Add a border inside the others</source>
        <translation>Калгандарынын ичине кайма кошуу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="342"/>
        <source>Remove the selected border</source>
        <translation>Тандалган кайманы өчүрүү</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="358"/>
        <source>Hop: the motif repeated (p111)</source>
        <translation>Оюм жөн эле кайталанат (p111)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="359"/>
        <source>Sidle: mirrored side to side (p1m1)</source>
        <translation>Солго-оңго күзгүдөй (p1m1)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="360"/>
        <source>Jump: mirrored across the band (p11m)</source>
        <translation>Тилкенин ортосунан күзгүдөй (p11m)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="361"/>
        <source>Step: flipped every other copy (p11g)</source>
        <translation>Бир аралатып оодарылган (p11g)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="362"/>
        <source>Spinning hop: half-turned copies (p211)</source>
        <translation>Жарым айлантылган көчүрмөлөр (p211)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="363"/>
        <source>Spinning sidle (p2mg)</source>
        <translation>Күзгүдөй жана айлантылган (p2mg)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="364"/>
        <source>Spinning jump: all mirrors (p2mm)</source>
        <translation>Бардык тарапка күзгүдөй (p2mm)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="367"/>
        <source>Pattern</source>
        <translation>Кайталоо түрү</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="371"/>
        <source>Width</source>
        <translation>Туурасы</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="374"/>
        <source>Mitred at 45°</source>
        <translation>45° кыйгач уланган</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="375"/>
        <source>A motif in each corner</source>
        <translation>Ар бир бурчта оюм</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="377"/>
        <source>Corners</source>
        <translation>Бурчтар</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="379"/>
        <source>Plain ground between this border and the next one inside.</source>
        <translation>Бул кайма менен андан ичкерки кайманын ортосундагы бош фон.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="382"/>
        <source>Gap inside</source>
        <translation>Ичкери аралык</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="392"/>
        <source>No</source>
        <translation>Жок</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="392"/>
        <source>Swap everywhere</source>
        <translation>Бардык жерде</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="393"/>
        <source>Every other copy</source>
        <translation>Бир көчүрмө аралатып</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="396"/>
        <source>Counterchange two colours, as in a shyrdak cut from two felts: the positive and negative pieces.</source>
        <translation>Эки түс орун алмашат — эки кийизден кесилген шырдактагыдай: ошол эле бөлүктөрдөн оң жана тескери оюм чыгат.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="400"/>
        <source>Counterchange</source>
        <translation>Түстөрдү алмаштыруу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="409"/>
        <source>Swap</source>
        <translation>Алмаштыруу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="414"/>
        <source>The ground between the copies. Automatic: the motif&apos;s largest colour.</source>
        <translation>Көчүрмөлөрдүн ортосундагы фон. «Автоматтык» — оюмда эң көп орун ээлеген түс.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="416"/>
        <source>Ground</source>
        <translation>Фон</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="423"/>
        <source>Symmetry repair</source>
        <translation>Симметрияны оңдоо</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="425"/>
        <source>Old textiles are rarely perfectly symmetric. Find the motif&apos;s symmetry and, if you wish, make its copies agree; the photo and the undo history keep the original.</source>
        <translation>Эски буюмдар сейрек гана толук симметриялуу болот. Оюмдун симметриясын таап, кааласаңыз, анын кайталанган бөлүктөрүн бирдей кылыңыз; сүрөт жана аракеттердин тарыхы түп нусканы сактап калат.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="431"/>
        <source>Find symmetry</source>
        <translation>Симметрияны табуу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="434"/>
        <source>Make symmetric</source>
        <translation>Симметриялуу кылуу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="450"/>
        <source>Traced colours</source>
        <translation>Оюмдун өз түстөрү</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="451"/>
        <source>threads</source>
        <translation>жиптер</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="451"/>
        <source>modern</source>
        <translation>заманбап</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="452"/>
        <source>natural dyes</source>
        <translation>табигый боёктор</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="452"/>
        <source>mine</source>
        <translation>меники</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="458"/>
        <source>%1 (this project)</source>
        <translation>%1 (ушул проект)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="503"/>
        <source>%1. %2, %3 mm</source>
        <translation>%1. %2, %3 мм</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="519"/>
        <source>%1 × %2 cm, %3 copies of the motif</source>
        <translation>%1 × %2 см, оюмдун %3 көчүрмөсү</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="546"/>
        <source>Was %1, now %2</source>
        <translation>Мурда %1, эми %2</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="570"/>
        <location filename="../design_panel.py" line="671"/>
        <source>Automatic</source>
        <translation>Автоматтык</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="620"/>
        <source>Seen this way, the closest touching colours differ by ΔE %1%2</source>
        <translation>Ушинтип караганда, эң жакын коңшу түстөрдүн айырмасы ΔE %1%2</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="622"/>
        <source>: hard to tell apart.</source>
        <translation>: айырмалоо кыйын.</translation>
    </message>
</context>
<context>
    <name>DesignStep</name>
    <message>
        <location filename="../design_step.py" line="107"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="132"/>
        <source>Open a palette</source>
        <translation>Палитраны ачуу</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="134"/>
        <source>Palettes (*.gpl *.ase)</source>
        <translation>Палитралар (*.gpl *.ase)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="149"/>
        <source>Take the colours of an image</source>
        <translation>Сүрөттүн түстөрүн алуу</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="150"/>
        <location filename="../design_step.py" line="167"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>Сүрөттөр (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="166"/>
        <source>A photo of threads or felts beside a white card</source>
        <translation>Ак карточканын жанындагы жиптердин же кийиздердин сүрөтү</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="185"/>
        <source>Measured %1 colours; kept in %2</source>
        <translation>%1 түс өлчөндү; сакталган жери: %2</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="205"/>
        <source>Save the colours</source>
        <translation>Түстөрдү сактоо</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="213"/>
        <source>Saved %1</source>
        <translation>%1 сакталды</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="217"/>
        <source>Automatic (the motif&apos;s largest colour)</source>
        <translation>Автоматтык (оюмда эң көп түс)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="218"/>
        <source>Choose a colour…</source>
        <translation>Түс тандоо…</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="225"/>
        <source>Ground colour</source>
        <translation>Фондун түсү</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="240"/>
        <source>mirrored left to right</source>
        <translation>солдон оңго күзгүдөй</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="241"/>
        <source>mirrored top to bottom</source>
        <translation>үстүнөн ылдый күзгүдөй</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="242"/>
        <source>the same after a half turn</source>
        <translation>жарым айлантканда өзгөрбөйт</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="243"/>
        <source>mirrored both ways</source>
        <translation>эки тарапка тең күзгүдөй</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="244"/>
        <source>the same after a quarter turn</source>
        <translation>чейрек айлантканда өзгөрбөйт</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="245"/>
        <source>mirrored both ways and on the diagonals</source>
        <translation>эки тарапка жана диагоналдар боюнча күзгүдөй</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="249"/>
        <source>No clear symmetry found.</source>
        <translation>Айкын симметрия табылган жок.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="251"/>
        <source>Closest: %1, %2 % of the motif agrees.</source>
        <translation>Эң жакыны: %1, оюмдун %2 % дал келет.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="260"/>
        <source>The motif is %1: %2 % of it already agrees. “Make symmetric” gives each part the colour most of its copies have.</source>
        <translation>Оюм %1: анын %2 % буга чейин эле дал келет. “Симметриялуу кылуу” ар бир бөлүккө анын көчүрмөлөрүнүн көбүндөгү түстү берет.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="271"/>
        <source>Made symmetric. Undo (Ctrl+Z) brings back the original shapes.</source>
        <translation>Симметриялуу кылынды. «Артка кайтаруу» (Ctrl+Z) баштапкы формаларды кайтарат.</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <location filename="../edit_text.py" line="24"/>
        <location filename="../edit_text.py" line="111"/>
        <source>Layout</source>
        <translation>Жайгаштыруу</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="25"/>
        <source>Size</source>
        <translation>Өлчөм</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="26"/>
        <source>Field</source>
        <translation>Ортоңку бөлүк</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="27"/>
        <source>Corner medallions</source>
        <translation>Бурчтардагы медальондор</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="28"/>
        <source>Counterchange</source>
        <translation>Түстөрдү алмаштыруу</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="29"/>
        <source>Ground colour</source>
        <translation>Фондун түсү</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="30"/>
        <source>Repeat</source>
        <translation>Кайталануучу оюм</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="31"/>
        <source>Motif width</source>
        <translation>Оюмдун туурасы</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="32"/>
        <source>Spacing</source>
        <translation>Аралык</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="33"/>
        <source>Turn</source>
        <translation>Буруу</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="34"/>
        <source>Row shift</source>
        <translation>Катардын жылышы</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="35"/>
        <source>Medallion copies</source>
        <translation>Медальондун көчүрмөлөрү</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="36"/>
        <source>Mirrored copies</source>
        <translation>Күзгүдөй көчүрмөлөр</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="37"/>
        <source>Medallion size</source>
        <translation>Медальондун өлчөмү</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="38"/>
        <source>Open centre</source>
        <translation>Ортосу бош</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="39"/>
        <source>Touching colours differ</source>
        <translation>Коңшу түстөрдүн айырмасы</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="40"/>
        <source>At most</source>
        <translation>Эң көп түс</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="41"/>
        <source>Keep light and dark order</source>
        <translation>Ачык-күңүрт тартиби</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="42"/>
        <source>Chosen colour</source>
        <translation>Тандалган түс</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="50"/>
        <source>the motif alone</source>
        <translation>оюм өзү гана</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="51"/>
        <source>repeat</source>
        <translation>кайталануучу оюм</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="52"/>
        <source>medallion</source>
        <translation>медальон</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="53"/>
        <source>rug</source>
        <translation>килем</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="54"/>
        <source>plain ground</source>
        <translation>бир түстүү фон</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="55"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="56"/>
        <source>everywhere</source>
        <translation>бардык жерде</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="57"/>
        <source>every other copy</source>
        <translation>бир көчүрмө аралатып</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="58"/>
        <location filename="../edit_text.py" line="65"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="67"/>
        <source>on</source>
        <translation>күйүк</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="67"/>
        <source>off</source>
        <translation>өчүк</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="71"/>
        <source>set</source>
        <translation>коюлду</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="87"/>
        <location filename="../edit_text.py" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="90"/>
        <source>Preset %1</source>
        <translation>Даяр жөндөө %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="92"/>
        <source>Pin colour %1</source>
        <translation>%1 түсүн бекитүү</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="94"/>
        <source>Unpin colour %1</source>
        <translation>%1 түсүн бошотуу</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="96"/>
        <source>Edit details</source>
        <translation>Маалыматты өзгөртүү</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="107"/>
        <source>Borders</source>
        <translation>Каймалар</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="109"/>
        <source>Colours to swap</source>
        <translation>Алмашуучу түстөр</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="113"/>
        <source>Palette %1</source>
        <translation>Палитра %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="115"/>
        <source>Make symmetric</source>
        <translation>Симметриялуу кылуу</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="100"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="162"/>
        <source>Export…</source>
        <translation>Экспорттоо…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177"/>
        <source>Print and pictures</source>
        <translation>Басып чыгаруу жана сүрөттөр</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177"/>
        <source>Felt</source>
        <translation>Кийиз</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Silk and screen printing</source>
        <translation>Жибек жана шелкография</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179"/>
        <source>Machine embroidery</source>
        <translation>Машина саймасы</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179"/>
        <source>Hand embroidery</source>
        <translation>Кол саймасы</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="180"/>
        <source>Selling and costing</source>
        <translation>Сатуу жана нарк эсеби</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="221"/>
        <source>This format has no options.</source>
        <translation>Бул форматтын жөндөөлөрү жок.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="236"/>
        <source>Making the preview…</source>
        <translation>Алдын ала көрүнүш даярдалууда…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="271"/>
        <source>No preview for this format.</source>
        <translation>Бул формат үчүн алдын ала көрүнүш жок.</translation>
    </message>
</context>
<context>
    <name>HarmonyDialog</name>
    <message>
        <location filename="../harmony_dialog.py" line="26"/>
        <source>Colour harmony</source>
        <translation>Түс шайкештиги</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="36"/>
        <location filename="../harmony_dialog.py" line="76"/>
        <source>Base colour</source>
        <translation>Негизги түс</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="39"/>
        <source>Complementary</source>
        <translation>Карама-каршы</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="39"/>
        <source>Analogous</source>
        <translation>Коңшу</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="40"/>
        <source>Triadic</source>
        <translation>Үч түс (триада)</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="40"/>
        <source>Split complementary</source>
        <translation>Карама-каршынын коңшулары</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="41"/>
        <source>Tetradic</source>
        <translation>Эки карама-каршы жуп</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="41"/>
        <source>Monochromatic</source>
        <translation>Бир түстүн өңдөрү</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="45"/>
        <source>Harmony</source>
        <translation>Шайкештик</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="51"/>
        <source>Colours</source>
        <translation>Түстөр</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="57"/>
        <source>Regenerate unlocked</source>
        <translation>Бекитилбегендерди жаңылоо</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="59"/>
        <source>Keep the locked colours, vary the others</source>
        <translation>Бекитилген түстөр калат, калгандары өзгөрөт</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="63"/>
        <source>Use as palette</source>
        <translation>Палитра катары алуу</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="122"/>
        <source>Lock</source>
        <translation>Бекитүү</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="133"/>
        <source>Harmony: %1</source>
        <translation>Шайкештик: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="55"/>
        <location filename="../main_window.py" line="500"/>
        <location filename="../main_window.py" line="887"/>
        <location filename="../main_window.py" line="892"/>
        <source>Motif Studio</source>
        <translation>Motif Studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>Steps</source>
        <translation>Кадамдар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Opened</source>
        <translation>Ачылган абал</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>History</source>
        <translation>Тарых</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Open &amp;Photo…</source>
        <translation>&amp;Сүрөт ачуу…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Open a photo or scan of a motif</source>
        <translation>Оюмдун сүрөтүн же сканын ачуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Open P&amp;roject…</source>
        <translation>&amp;Проект ачуу…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>Open a saved .motif project</source>
        <translation>Сакталган .motif проектин ачуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>&amp;Save</source>
        <translation>Са&amp;ктоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Save the project</source>
        <translation>Проектти сактоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Башка ат менен сактоо…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Save the project under a new name</source>
        <translation>Проектти жаңы ат менен сактоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>&amp;Export SVG…</source>
        <translation>SVG &amp;экспорттоо…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>Export the vector motif at real size</source>
        <translation>Вектордук оюмду чыныгы өлчөмүндө экспорттоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>E&amp;xport for Production…</source>
        <translation>&amp;Өндүрүш үчүн экспорттоо…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>Print at 1:1, cut templates, binding plans, stitch files, charts, pictures</source>
        <translation>1:1 басып чыгаруу, кесүү үлгүлөрү, байлоо пландары, сайма машинасынын файлдары, схемалар, сүрөттөр</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Архив…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>The motif catalogue: search, details, checksums</source>
        <translation>Оюмдар каталогу: издөө, маалымат, текшерүү суммалары</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайра жасоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Жөндөөлөр…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Чоңойтуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кичирейтүү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Fit to Window</source>
        <translation>Терезеге &amp;батыруу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>&amp;Actual Pixels (100%)</source>
        <translation>Чыныгы &amp;пикселдер (100%)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Photo</source>
        <translation>&amp;Сүрөт</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Cleaned</source>
        <translation>&amp;Тазаланган</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>Colour &amp;Regions</source>
        <translation>Түс &amp;аймактары</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;Vector</source>
        <translation>&amp;Вектор</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Vector &amp;over Photo</source>
        <translation>Вектор сүрөттүн &amp;үстүндө</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <location filename="../main_window.py" line="200"/>
        <location filename="../main_window.py" line="499"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Stop the work in progress</source>
        <translation>Аткарылып жаткан ишти токтотуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>&amp;About Motif Studio</source>
        <translation>Motif Studio &amp;жөнүндө</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>&amp;Tour</source>
        <translation>&amp;Тааныштыруу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>Open &amp;Log Folder</source>
        <translation>Журнал папкасын &amp;ачуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Акыркы проекттер</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>Main</source>
        <translation>Негизги</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <location filename="../main_window.py" line="255"/>
        <source>Zoom %1%</source>
        <translation>Масштаб %1%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>Change colour</source>
        <translation>Түстү өзгөртүү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>Merge colours</source>
        <translation>Түстөрдү бириктирүү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Split colour</source>
        <translation>Түстү бөлүү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Open a photo of a motif</source>
        <translation>Оюмдун сүрөтүн ачуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Сүрөттөр (%1);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>Open a project</source>
        <translation>Проектти ачуу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <location filename="../main_window.py" line="386"/>
        <source>Motif projects (*.motif)</source>
        <translation>Motif проекттери (*.motif)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>Opening %1…</source>
        <translation>%1 ачылууда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <location filename="../main_window.py" line="391"/>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385"/>
        <source>Save project</source>
        <translation>Проектти сактоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Export SVG</source>
        <translation>SVG экспорттоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG чиймелери (*.svg)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <location filename="../main_window.py" line="480"/>
        <source>Exporting…</source>
        <translation>Экспорттолууда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>Nothing to export yet</source>
        <translation>Азырынча экспорттоо үчүн эч нерсе жок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>The motif is still being traced, or its design has a problem shown in the Design step.</source>
        <translation>Оюм дагы эле векторго айлантылууда, же анын дизайнында «Дизайн» кадамында көрсөтүлгөн көйгөй бар.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Export design</source>
        <translation>Дизайнды экспорттоо</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>%1 files (*%2)</source>
        <translation>%1 файлдары (*%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>“%1” жабылардан мурун андагы өзгөртүүлөрдү сактайсызбы?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542"/>
        <location filename="../main_window.py" line="890"/>
        <source>Untitled</source>
        <translation>Аталышсыз</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="612"/>
        <source>Brush</source>
        <translation>Щётка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="617"/>
        <source>Fill</source>
        <translation>Толтуруу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="641"/>
        <source>No corners found</source>
        <translation>Бурчтар табылган жок</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>The textile does not stand out clearly from its background. Drag the four corners by hand instead.</source>
        <translation>Кездеме фондон даана бөлүнүп турбайт. Анын ордуна төрт бурчту колуңуз менен сүйрөп коюңуз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="670"/>
        <source>Region of colour %1 selected</source>
        <translation>%1 түсүнүн аймагы тандалды</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="695"/>
        <source>Recolour region</source>
        <translation>Аймактын түсүн өзгөртүү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="716"/>
        <source>Merge region</source>
        <translation>Аймакты бириктирүү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="744"/>
        <source>Drag the four corners onto the corners of the textile.</source>
        <translation>Төрт бурчту кездеменин бурчтарына сүйрөп коюңуз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="745"/>
        <source>Drag the frame around the part to keep.</source>
        <translation>Алкакты калтыра турган бөлүктүн тегерегине сүйрөңүз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="746"/>
        <source>Click something that should be white or grey.</source>
        <translation>Ак же сур болушу керек болгон жерди басыңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="747"/>
        <source>Click a region to select it.</source>
        <translation>Тандоо үчүн аймакты басыңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="748"/>
        <source>Paint over the regions to correct them.</source>
        <translation>Оңдоо үчүн аймактардын үстүнөн боёңуз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="749"/>
        <source>Click a region to fill it with the chosen colour.</source>
        <translation>Аймакты тандалган түс менен толтуруу үчүн аны басыңыз.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <location filename="../main_window.py" line="776"/>
        <source>x %1 mm  y %2 mm</source>
        <translation>x %1 мм  y %2 мм</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="779"/>
        <source>x %1 px  y %2 px</source>
        <translation>x %1 пкс  y %2 пкс</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="799"/>
        <source>, %1 lines</source>
        <translation>, %1 сызык</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="800"/>
        <source>%1 colours, %2 regions%3, %4 curve segments</source>
        <translation>%1 түс, %2 аймак%3, ийри сызыктын %4 бөлүгү</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="804"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="807"/>
        <source>%1 corrections no longer apply after the colours changed</source>
        <translation>Түстөр өзгөргөндүктөн, %1 оңдоо мындан ары колдонулбайт</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="830"/>
        <source>Saved %1</source>
        <translation>%1 сакталды</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="832"/>
        <source>Exported %1</source>
        <translation>%1 экспорттолду</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="853"/>
        <source>Reading the photo…</source>
        <translation>Сүрөт окулууда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="854"/>
        <source>Reading the project…</source>
        <translation>Проект окулууда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="855"/>
        <source>Cleaning up…</source>
        <translation>Тазаланууда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="856"/>
        <source>Finding colours…</source>
        <translation>Түстөр изделүүдө…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="857"/>
        <source>Tracing…</source>
        <translation>Векторго айлантылууда…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="858"/>
        <source>Finding boundaries…</source>
        <translation>Чектер изделүүдө…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="859"/>
        <source>Fitting curves…</source>
        <translation>Ийри сызыктар түзүлүүдө…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="860"/>
        <source>Checking the shapes…</source>
        <translation>Формалар текшерилүүдө…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="861"/>
        <source>Finding the corners…</source>
        <translation>Бурчтар изделүүдө…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="862"/>
        <source>Working…</source>
        <translation>Иштеп жатат…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="898"/>
        <source>No recent projects</source>
        <translation>Акыркы проекттер жок</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../measure_dialog.py" line="92"/>
        <source>Measure threads or felts</source>
        <translation>Жиптерди же кийиздерди өлчөө</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="114"/>
        <source>White card</source>
        <translation>Ак карточка</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="115"/>
        <source>18 % grey card</source>
        <translation>18 % сур карточка</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="116"/>
        <source>Reference</source>
        <translation>Эталон</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="118"/>
        <source>Swatches (double-click to rename)</source>
        <translation>Үлгүлөр (атын өзгөртүү үчүн эки жолу басыңыз)</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="122"/>
        <source>Start again</source>
        <translation>Кайра баштоо</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="132"/>
        <source>Make palette</source>
        <translation>Палитра түзүү</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="148"/>
        <source>reference</source>
        <translation>эталон</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="150"/>
        <source>Swatch %1</source>
        <translation>Үлгү %1</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="171"/>
        <source>1. Drag a box on the white or grey card.</source>
        <translation>1. Ак же сур карточканын үстүнө тик бурчтук тартыңыз.</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="173"/>
        <source>2. Drag a box on each thread or felt. Then press “Make palette”.</source>
        <translation>2. Ар бир жиптин же кийиздин үстүнө тик бурчтук тартыңыз. Андан соң “Палитра түзүү” баскычын басыңыз.</translation>
    </message>
</context>
<context>
    <name>MotifCanvas</name>
    <message>
        <location filename="../canvas.py" line="72"/>
        <source>Motif canvas</source>
        <extracomment>Files the canvas accepts by drag and drop (lower case).</extracomment>
        <translation>Оюмдун иш талаасы</translation>
    </message>
</context>
<context>
    <name>PalettePanel</name>
    <message>
        <location filename="../palette_panel.py" line="162"/>
        <source>Colours:</source>
        <translation>Түстөр:</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="169"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="170"/>
        <source>Number of colours</source>
        <translation>Түстөрдүн саны</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="171"/>
        <source>How many colours to find in the photo. Auto suggests a number; type a number to get exactly that many.</source>
        <translation>Сүрөттөн канча түс табуу керек. «Авто» санды өзү сунуштайт; так ошончо түс алуу үчүн санды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="189"/>
        <source>Palette colours</source>
        <translation>Палитранын түстөрү</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="200"/>
        <source>The colours appear here once the photo is split into colours.</source>
        <translation>Сүрөт түстөргө бөлүнгөндөн кийин түстөр ушул жерде көрүнөт.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="207"/>
        <source>Change colour…</source>
        <translation>Түстү өзгөртүү…</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="209"/>
        <source>Pick a new colour for the selected colour</source>
        <translation>Тандалган түстүн ордуна жаңы түс тандоо</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="211"/>
        <location filename="../palette_panel.py" line="404"/>
        <source>Pin</source>
        <translation>Бекитүү</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="213"/>
        <source>Merge</source>
        <translation>Бириктирүү</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="215"/>
        <source>Split in two</source>
        <translation>Экиге бөлүү</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="216"/>
        <source>Separate the selected colour into two colours</source>
        <translation>Тандалган түстү эки түскө бөлүү</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="261"/>
        <source>pinned</source>
        <translation>бекитилген</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="344"/>
        <source>Change colour %1</source>
        <translation>%1 түсүн өзгөртүү</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="395"/>
        <source>%1 found</source>
        <translation>%1 табылды</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="404"/>
        <source>Unpin</source>
        <translation>Бекитүүнү алуу</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="406"/>
        <source>Let this colour change again when the colours are found again</source>
        <translation>Түстөр кайра изделгенде бул түс кайра өзгөрө алат</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="407"/>
        <source>Keep this colour exactly when the colours are found again</source>
        <translation>Түстөр кайра изделгенде бул түс так ошол бойдон калат</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="411"/>
        <source>Merge %1 into %2</source>
        <translation>%1 түсүн %2 түсүнө бириктирүү</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="415"/>
        <source>Select a colour, then Ctrl-click the colour to merge it into</source>
        <translation>Түстү тандаңыз, андан соң Ctrl баскычын кармап туруп, аны кошо турган түстү басыңыз</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="417"/>
        <source>Ctrl-click a second colour to merge the first into it.</source>
        <translation>Биринчи түстү экинчисине бириктирүү үчүн Ctrl баскычын кармап туруп, экинчи түстү басыңыз.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="419"/>
        <source>Click a colour to change, pin or split it.</source>
        <translation>Түстү өзгөртүү, бекитүү же бөлүү үчүн аны басыңыз.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../param_form.py" line="384"/>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="385"/>
        <source>Automatic</source>
        <translation>Автоматтык</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="386"/>
        <source>From the picked white point</source>
        <translation>Тандалган ак чекит боюнча</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="387"/>
        <source>Median (keeps edges, fast)</source>
        <translation>Медиана (чектерди сактайт, тез)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="388"/>
        <source>Bilateral (keeps fine detail)</source>
        <translation>Билатералдык (майда деталдарды сактайт)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="389"/>
        <source>Total variation (smoothest)</source>
        <translation>Толук вариация (эң жылмакай)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="390"/>
        <source>Full resolution (slower)</source>
        <translation>Толук өлчөм (жайыраак)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="391"/>
        <source>Colour regions</source>
        <translation>Түс аймактары</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="392"/>
        <source>Regions and centre lines</source>
        <translation>Аймактар жана орто сызыктар</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="393"/>
        <location filename="../param_form.py" line="426"/>
        <source>pixels</source>
        <translation>пиксель</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="394"/>
        <source>square millimetres</source>
        <translation>чарчы миллиметр</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="396"/>
        <source>Portrait</source>
        <translation>Тик</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="397"/>
        <source>Landscape</source>
        <translation>Жатык</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="398"/>
        <source>One chart for all baths</source>
        <translation>Бардык ванналар үчүн бир схема</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="399"/>
        <source>A chart per bath</source>
        <translation>Ар бир ванна үчүн схема</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="400"/>
        <source>Down the design</source>
        <translation>Оюм боюнча өйдөдөн ылдый</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="401"/>
        <source>Across the design</source>
        <translation>Оюмдун туурасынан</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="402"/>
        <source>Symbols on colour</source>
        <translation>Түстүн үстүндө белгилер</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="403"/>
        <source>Symbols only</source>
        <translation>Белгилер гана</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="404"/>
        <source>Overdye (tie once)</source>
        <translation>Кайра боёо (бир жолу байлоо)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="405"/>
        <source>One bath per cell</source>
        <translation>Ар бир клеткага бир ванна</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="406"/>
        <source>Print it</source>
        <translation>Басуу</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="407"/>
        <source>Stitch it</source>
        <translation>Саюу</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="408"/>
        <source>Leave the fabric bare</source>
        <translation>Кездемени таза калтыруу</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="409"/>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="410"/>
        <source>Running stitch</source>
        <translation>Жөнөкөй тигиш</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="411"/>
        <source>Bean stitch</source>
        <translation>Үч катар тигиш</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="412"/>
        <source>Felt rug</source>
        <translation>Кийиз килем</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="413"/>
        <source>Cushion</source>
        <translation>Жаздык</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="414"/>
        <source>Scarf</source>
        <translation>Жоолук</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="415"/>
        <source>Square 1080 × 1080</source>
        <translation>Чарчы 1080 × 1080</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="416"/>
        <source>Shyrdak</source>
        <translation>Шырдак</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="417"/>
        <source>Ala-kiyiz</source>
        <translation>Ала кийиз</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="418"/>
        <source>Machine embroidery</source>
        <translation>Машина менен саюу</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="419"/>
        <source>Cross-stitch</source>
        <translation>Крестик сайма</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="425"/>
        <source>px</source>
        <translation>пкс</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="427"/>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="428"/>
        <source>mm²</source>
        <translation>мм²</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="429"/>
        <source>MP</source>
        <translation>МП</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="432"/>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="433"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="434"/>
        <source>h</source>
        <translation>саат</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="435"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="436"/>
        <source>per m²</source>
        <translation>м² үчүн</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="437"/>
        <source>per m</source>
        <translation>м үчүн</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="438"/>
        <source>per kg</source>
        <translation>кг үчүн</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="439"/>
        <source>per skein</source>
        <translation>түрмөк үчүн</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="440"/>
        <source>squares/inch</source>
        <translation>клетка/дюйм</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="441"/>
        <source>g/m²</source>
        <translation>г/м²</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="465"/>
        <location filename="../param_form.py" line="470"/>
        <source>More options</source>
        <translation>Кошумча жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="471"/>
        <source>Show or hide the less common settings</source>
        <translation>Сейрек колдонулган жөндөөлөрдү көрсөтүү же жашыруу</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="543"/>
        <location filename="../param_form.py" line="568"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences.py" line="320"/>
        <source>Preferences</source>
        <extracomment>Language choices; ``&quot;system&quot;`` follows the computer&apos;s language. Each language in its own words (never translated). The autosave periods offered in the dialog.</extracomment>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="321"/>
        <source>Language:</source>
        <translation>Тил:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="322"/>
        <source>Same as the computer</source>
        <translation>Компьютердегидей</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="323"/>
        <source>The language changes at once, no restart needed.</source>
        <translation>Тил дароо өзгөрөт, программаны кайра ачуунун кереги жок.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="324"/>
        <source>Autosave:</source>
        <translation>Автоматтык сактоо:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="326"/>
        <source>Unsaved work is kept safe at this interval. If Motif Studio closes unexpectedly, it offers the work back next time.</source>
        <translation>Сакталбаган иш ушул аралык сайын коопсуз жерге сакталып турат. Эгер Motif Studio күтүүсүздөн жабылып калса, кийинки жолу ишиңизди кайтарып берүүнү сунуштайт.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="328"/>
        <source>Panels:</source>
        <translation>Панелдер:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="329"/>
        <source>Show advanced options</source>
        <translation>Кеңейтилген жөндөөлөрдү көрсөтүү</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="330"/>
        <source>Data folder:</source>
        <translation>Маалымат папкасы:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="331"/>
        <source>Logs, settings and recovered work are kept in {path}</source>
        <translation>Журналдар, жөндөөлөр жана калыбына келтирилген иштер бул жерде сакталат: {path}</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="333"/>
        <source>Open folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="345"/>
        <source>Every minute</source>
        <translation>Ар мүнөт сайын</translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="348"/>
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Ар %n мүнөт сайын</numerusform>
            <numerusform>Ар %n мүнөт сайын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="349"/>
        <source>Every %n seconds</source>
        <translation>
            <numerusform>Ар %n секунд сайын</numerusform>
            <numerusform>Ар %n секунд сайын</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../recovery.py" line="616"/>
        <source>Recover unsaved work</source>
        <translation>Сакталбаган ишти калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="617"/>
        <source>Motif Studio closed unexpectedly.</source>
        <translation>Motif Studio күтүүсүздөн жабылып калды.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="619"/>
        <source>Recover your unsaved work? Tick what you want to keep. “Later” keeps it safe and asks again next time.</source>
        <translation>Сакталбаган ишиңизди калыбына келтиресизби? Калтыргыңыз келгендерин белгилеңиз. “Кийин” баскычы аны сактап турат жана кийинки жолу кайра сурайт.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="621"/>
        <source>Recover</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="622"/>
        <source>Discard</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="623"/>
        <source>Later</source>
        <translation>Кийин</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="667"/>
        <source>Untitled motif</source>
        <translation>Аталышсыз оюм</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="670"/>
        <source>Autosaved {time}</source>
        <translation>Автоматтык түрдө сакталды: {time}</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="671"/>
        <source>Project: {path}</source>
        <translation>Проект: {path}</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="672"/>
        <source>Not yet saved as a project</source>
        <translation>Азырынча проект катары сактала элек</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="702"/>
        <source>Discard unsaved work?</source>
        <translation>Сакталбаган ишти өчүрөсүзбү?</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="703"/>
        <source>The ticked work will be deleted. This cannot be undone.</source>
        <translation>Белгиленген иштер өчүрүлөт. Муну артка кайтарууга болбойт.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="70"/>
        <source>Ram&apos;s horn (shyrdak)</source>
        <translation>Кочкор мүйүз (шырдак)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="71"/>
        <source>Kyrgyz mosaic felt in two colours, photographed with a phone on a table.</source>
        <translation>Эки түстүү кыргыз шырдагы, үстөлдүн үстүндө телефон менен тартылган.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="74"/>
        <source>Suzani rosette</source>
        <translation>Сузанадагы тегерек гүл</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="75"/>
        <source>Uzbek embroidery in five colours on cotton.</source>
        <translation>Пахта кездемедеги беш түстүү өзбек саймасы.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="78"/>
        <source>Ikat band</source>
        <translation>Икат тилкеси</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="79"/>
        <source>Silk ikat (abr) with feathered edges, five colours.</source>
        <translation>Четтери бүдөмүк, беш түстүү жибек икат (абр).</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="82"/>
        <source>Tulip outline (line art)</source>
        <translation>Жоогазындын контуру (сызма сүрөт)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="83"/>
        <source>Clean line art for tracing centre lines.</source>
        <translation>Орто сызыктарды векторго айлантуу үчүн таза сызма сүрөт.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="269"/>
        <source>Remove from this list</source>
        <translation>Бул тизмеден алып салуу</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="642"/>
        <source>Motif Studio</source>
        <translation>Motif Studio</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="644"/>
        <source>Turn a photo of a felt, an embroidery or an ikat into clean colour shapes — ready to recolour, repeat and print.</source>
        <translation>Кийиздин, сайманын же икаттын сүрөтүн таза түстүү формаларга айлантыңыз — түсүн өзгөртүүгө, кайталоого жана басып чыгарууга даяр.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="646"/>
        <source>Open photo…</source>
        <translation>Сүрөт ачуу…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="647"/>
        <source>Start from a photo or scan of a textile</source>
        <translation>Кездеменин сүрөтүнөн же сканеринен баштаңыз</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="648"/>
        <source>Open project…</source>
        <translation>Проект ачуу…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="649"/>
        <source>Continue a saved Motif Studio project</source>
        <translation>Сакталган Motif Studio проектин улантыңыз</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="650"/>
        <source>You can also drop a photo or a project file anywhere on this page.</source>
        <translation>Сүрөттү же проект файлын ушул беттин каалаган жерине сүйрөп таштасаңыз да болот.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="652"/>
        <source>Try a sample</source>
        <translation>Үлгүнү сынап көрүңүз</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="653"/>
        <source>No photo at hand? Start with one of these.</source>
        <translation>Колуңузда сүрөт жокпу? Ушулардын биринен баштаңыз.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="654"/>
        <source>The sample pictures are not installed.</source>
        <translation>Үлгү сүрөттөр орнотулган эмес.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="655"/>
        <source>Recent projects</source>
        <translation>Акыркы проекттер</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="656"/>
        <source>Projects you save will appear here.</source>
        <translation>Сиз сактаган проекттер ушул жерде көрүнөт.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="657"/>
        <source>Drop to open</source>
        <translation>Ачуу үчүн бул жерге таштаңыз</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../steps_panel.py" line="62"/>
        <source>done</source>
        <extracomment>The canvas tools the panel can request (toolRequested). The views the switcher offers (viewRequested). Parameters shown on the Colours page by the palette panel instead of the form.</extracomment>
        <translation>аткарылды</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="64"/>
        <source>Step %1: %2</source>
        <translation>%1-кадам: %2</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Clean up</source>
        <translation>Тазалоо</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Colours</source>
        <translation>Түстөр</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="222"/>
        <location filename="../steps_panel.py" line="468"/>
        <source>Vector</source>
        <translation>Вектор</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="222"/>
        <source>Design</source>
        <translation>Дизайн</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="222"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="226"/>
        <source>Steps</source>
        <translation>Кадамдар</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="238"/>
        <source>New colours and arrangements at real size</source>
        <translation>Жаңы түстөр жана жайгаштыруу чыныгы өлчөмдө</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="366"/>
        <source>Photograph the textile flat, in daylight, filling the frame.</source>
        <translation>Кездемени жайып коюп, күндүзгү жарыкта, бүт кадрды толтуруп тартыңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="368"/>
        <source>Kind of textile</source>
        <translation>Кездеменин түрү</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="371"/>
        <source>Preset</source>
        <translation>Даяр жөндөө</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="372"/>
        <source>Choose a preset…</source>
        <translation>Даяр жөндөөнү тандаңыз…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="389"/>
        <source>A preset sets every step to suit the textile; you can still change each setting.</source>
        <translation>Даяр жөндөө ар бир кадамды кездемеге ылайыктап коёт; ар бир жөндөөнү кийин өзүңүз да өзгөртө аласыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="393"/>
        <source>Make the textile straight, square and evenly lit.</source>
        <translation>Кездемени түз, тик бурчтуу жана бирдей жарык кылыңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="394"/>
        <source>Tools</source>
        <translation>Куралдар</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="395"/>
        <source>Straighten (4 corners)</source>
        <translation>Түздөө (4 бурч)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="396"/>
        <source>Click the four corners of the textile on the photo; it is straightened to a rectangle.</source>
        <translation>Сүрөттөгү кездеменин төрт бурчун басыңыз; ал тик бурчтук болуп түздөлөт.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="400"/>
        <source>Find corners</source>
        <translation>Бурчтарды табуу</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="403"/>
        <source>Look for the textile&apos;s corners automatically; you can then move them.</source>
        <translation>Кездеменин бурчтарын автоматтык түрдө издөө; андан кийин аларды жылдыра аласыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="407"/>
        <source>Crop</source>
        <translation>Кесүү</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="408"/>
        <source>Drag a rectangle around the part of the photo to keep.</source>
        <translation>Сүрөттүн калтыра турган бөлүгүнүн тегерегине тик бурчтукту сүйрөп тартыңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="409"/>
        <source>Pick white point</source>
        <translation>Ак чекитти тандоо</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="410"/>
        <source>Click a spot of the textile that should be white or grey to remove the colour cast of the light.</source>
        <translation>Жарыктан келген артык түс өңүн кетирүү үчүн кездеменин ак же сур болушу керек болгон жерин басыңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="413"/>
        <location filename="../steps_panel.py" line="423"/>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="417"/>
        <source>The photo is split into a few flat colours.</source>
        <translation>Сүрөт бир нече тегиз түскө бөлүнөт.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="426"/>
        <source>Correct by hand</source>
        <translation>Кол менен оңдоо</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="427"/>
        <source>Select region</source>
        <translation>Аймакты тандоо</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="428"/>
        <source>Click a region to select it.</source>
        <translation>Тандоо үчүн аймакты басыңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="429"/>
        <source>Brush</source>
        <translation>Щётка</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="430"/>
        <source>Paint a colour of the palette onto the regions.</source>
        <translation>Аймактарды палитрадагы түс менен боёңуз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="431"/>
        <source>Fill</source>
        <translation>Толтуруу</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="432"/>
        <source>Click a region to give it the chosen colour.</source>
        <translation>Аймакка тандалган түстү берүү үчүн аны басыңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="437"/>
        <location filename="../steps_panel.py" line="439"/>
        <source>Brush size</source>
        <translation>Щётканын өлчөмү</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="452"/>
        <source>Recolour region…</source>
        <translation>Аймактын түсүн өзгөртүү…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="452"/>
        <source>Give the selected region another colour.</source>
        <translation>Тандалган аймакка башка түс берүү.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="456"/>
        <source>Merge into neighbour</source>
        <translation>Кошунасына бириктирүү</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="457"/>
        <source>The selected region takes the colour of the region around it.</source>
        <translation>Тандалган аймак аны курчаган аймактын түсүн алат.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="462"/>
        <source>Select a region on the image to change it.</source>
        <translation>Өзгөртүү үчүн сүрөттөн аймакты тандаңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="465"/>
        <source>The colour regions become smooth vector shapes.</source>
        <translation>Түс аймактары жылмакай вектордук формаларга айланат.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="466"/>
        <source>View</source>
        <translation>Көрүнүш</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="467"/>
        <source>Original</source>
        <translation>Түп нуска</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="467"/>
        <source>Cleaned</source>
        <translation>Тазаланган</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="468"/>
        <source>Regions</source>
        <translation>Аймактар</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="469"/>
        <source>Overlay</source>
        <translation>Сүрөт + вектор</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="470"/>
        <source>The photo as it was taken</source>
        <translation>Тартылган бойдон сүрөт</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="471"/>
        <source>The straightened and cleaned photo</source>
        <translation>Түздөлгөн жана тазаланган сүрөт</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="472"/>
        <source>The flat colour regions</source>
        <translation>Тегиз түс аймактары</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="473"/>
        <source>The vector shapes</source>
        <translation>Вектордук формалар</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="474"/>
        <source>The vector shapes over the photo</source>
        <translation>Сүрөттүн үстүндөгү вектордук формалар</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="493"/>
        <location filename="../steps_panel.py" line="495"/>
        <source>Overlay opacity</source>
        <translation>Вектордун тунуксуздугу</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="502"/>
        <source>Tracing</source>
        <translation>Векторго айлантуу</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="504"/>
        <source>Real size</source>
        <translation>Чыныгы өлчөм</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="507"/>
        <source>Result</source>
        <translation>Натыйжа</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="517"/>
        <source>Give the motif new colours and arrange it: a repeat, a medallion or a whole rug, at its real size.</source>
        <translation>Оюмга жаңы түстөрдү берип, аны жайгаштырыңыз: кайталануучу оюм, медальон же бүтүн килем — чыныгы өлчөмдө.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="524"/>
        <source>Save project (.motif)…</source>
        <translation>Проектти сактоо (.motif)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="525"/>
        <source>Keep the original photo, every setting and the result in one file you can open again.</source>
        <translation>Түп нуска сүрөттү, бардык жөндөөлөрдү жана натыйжаны кайра ача турган бир файлда сактаңыз.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="528"/>
        <source>Export SVG…</source>
        <translation>SVG экспорттоо…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="529"/>
        <source>A vector file for Inkscape, Illustrator, CorelDRAW or a cutting plotter.</source>
        <translation>Inkscape, Illustrator, CorelDRAW же кесүүчү плоттер үчүн вектордук файл.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="534"/>
        <source>SVG keeps the real size in millimetres: printed at 100 %, the motif measures what it measures on the textile.</source>
        <translation>SVG чыныгы өлчөмдү миллиметр менен сактайт: 100 % масштабда басып чыгарсаңыз, оюм кездемедегидей эле өлчөмдө болот.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="536"/>
        <source>The design</source>
        <translation>Дизайн</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="538"/>
        <source>Print at real size (PDF)…</source>
        <translation>Чыныгы өлчөмдө басып чыгаруу (PDF)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="539"/>
        <source>The whole design at 1:1 on A4 or Letter pages to tape together, with a 100 mm bar to check the printer.</source>
        <translation>Бүт дизайн 1:1 масштабда A4 же Letter барактарында — аларды бири-бирине чаптайсыз; принтерди текшерүү үчүн 100 mm тилке бар.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="541"/>
        <source>For production…</source>
        <translation>Өндүрүш үчүн…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="542"/>
        <source>Felt cut templates, ikat binding plans, embroidery machine files, cross-stitch charts, pictures for selling online.</source>
        <translation>Кийиз кесүү үлгүлөрү, икат байлоо пландары, сайма машинасынын файлдары, крестик сайма схемалары, интернетте сатуу үчүн сүрөттөр.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="544"/>
        <source>Export design as SVG…</source>
        <translation>Дизайнды SVG экспорттоо…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="545"/>
        <source>The whole design (repeat, medallion or rug) at its real size.</source>
        <translation>Бүт дизайн (кайталануучу оюм, медальон же килем) чыныгы өлчөмдө.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="546"/>
        <source>Export design as PNG…</source>
        <translation>Дизайнды PNG экспорттоо…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="547"/>
        <source>A picture of the whole design, for screens and selling online.</source>
        <translation>Бүт дизайндын сүрөтү — экранга жана интернетте сатууга.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="548"/>
        <source>Export seamless tile (SVG)…</source>
        <translation>Тигишсиз бөлүктү экспорттоо (SVG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="549"/>
        <source>One tile of the repeat that joins itself on every side.</source>
        <translation>Кайталануучу оюмдун бир бөлүгү: ал ар тараптан өзү менен тигишсиз уланат.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="550"/>
        <source>Export seamless tile (PNG)…</source>
        <translation>Тигишсиз бөлүктү экспорттоо (PNG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="551"/>
        <source>One tile of the repeat as a picture, e.g. for fabric printing.</source>
        <translation>Кайталануучу оюмдун бир бөлүгү сүрөт түрүндө, мисалы, кездемеге басып чыгаруу үчүн.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="560"/>
        <source>Any photo (automatic)</source>
        <translation>Каалаган сүрөт (автоматтык)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="561"/>
        <source>Shyrdak felt, 2 colours</source>
        <translation>Шырдак, 2 түс</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="562"/>
        <source>Suzani outlines</source>
        <translation>Сузана контурлары</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="563"/>
        <source>Ikat silk, 5 colours</source>
        <translation>Жибек икат, 5 түс</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="599"/>
        <source>%1 px</source>
        <translation>%1 пкс</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="609"/>
        <source>Next: %1 ›</source>
        <translation>Кийинки: %1 ›</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="674"/>
        <source>No photo yet.</source>
        <translation>Азырынча сүрөт жок.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="675"/>
        <source>Choose another photo…</source>
        <translation>Башка сүрөт тандоо…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="676"/>
        <source>Choose a photo…</source>
        <translation>Сүрөт тандоо…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="683"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пкс</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="686"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="688"/>
        <source>%1 DPI</source>
        <translation>%1 DPI</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="689"/>
        <source>No DPI in the file (size assumed at 96 DPI)</source>
        <translation>Файлда DPI жок (өлчөм 96 DPI деп эсептелди)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="693"/>
        <source>Nothing traced yet.</source>
        <translation>Азырынча эч нерсе векторго айлантыла элек.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../tour.py" line="14"/>
        <source>Welcome to Motif Studio</source>
        <translation>Motif Studio&apos;го кош келиңиз</translation>
    </message>
    <message>
        <location filename="../tour.py" line="17"/>
        <source>Welcome</source>
        <translation>Кош келиңиз</translation>
    </message>
    <message>
        <location filename="../tour.py" line="18"/>
        <source>Motif Studio turns a photo of a shyrdak, ala-kiyiz, suzani or ikat into a clean pattern you can recolour, arrange and print at its real size. Everything works without the internet, and every change can be undone (Ctrl+Z).</source>
        <translation>Motif Studio шырдактын, ала кийиздин, сузананын же икаттын сүрөтүн таза оюмга айлантат: аны кайра боёп, жайгаштырып, чыныгы өлчөмүндө басып чыгарсаңыз болот. Баары интернетсиз иштейт, ар бир өзгөртүүнү жокко чыгарса болот (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tour.py" line="22"/>
        <source>1–4. From photo to pattern</source>
        <translation>1–4. Сүрөттөн оюмга</translation>
    </message>
    <message>
        <location filename="../tour.py" line="23"/>
        <source>Open a photo (Ctrl+O) or a sample. Drag the four corners onto the textile, choose how many colours it has, and check the vector result. The steps are on the left; “Next” leads through them.</source>
        <translation>Сүрөттү (Ctrl+O) же үлгүнү ачыңыз. Төрт бурчту буюмдун четтерине сүйрөңүз, түстөрдүн санын тандап, вектордук натыйжаны текшериңиз. Кадамдар сол жакта; “Кийинки” аларды ирети менен көрсөтөт.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="26"/>
        <source>5. Design</source>
        <translation>5. Дизайн</translation>
    </message>
    <message>
        <location filename="../tour.py" line="27"/>
        <source>Give the motif new colours — DMC threads, felt colours you measured, or a harmony — and arrange it: a repeat, a medallion or a whole rug with borders, at its size in centimetres.</source>
        <translation>Оюмга жаңы түстөрдү бериңиз — DMC жиптери, өлчөнгөн кийиз түстөрү же шайкеш түстөр — жана жайгаштырыңыз: кайталануучу оюм, медальон же кайма менен бүтүн килем, сантиметр менен өлчөмүндө.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="30"/>
        <source>6. Export for production</source>
        <translation>6. Өндүрүш үчүн экспорт</translation>
    </message>
    <message>
        <location filename="../tour.py" line="31"/>
        <source>Print the design at 1:1 on A4 pages with a 100 mm bar to check the printer; make felt cut templates, ikat binding plans, embroidery machine files, cross-stitch charts, pictures for selling online and a costing sheet (File ▸ Export for Production…).</source>
        <translation>Дизайнды A4 барактарына 1:1 басыңыз, принтерди текшерүү үчүн 100 мм тилке бар; кийиз үчүн кесүү үлгүлөрүн, икат байлоо пландарын, саюучу машина файлдарын, крестик сайма схемаларын, интернетте сатуу үчүн сүрөттөрдү жана баа эсебин жасаңыз (Файл ▸ Өндүрүш үчүн экспорт…).</translation>
    </message>
    <message>
        <location filename="../tour.py" line="35"/>
        <source>The archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../tour.py" line="36"/>
        <source>Keep every motif with its untouched photo, its names in Kyrgyz, Uzbek, Russian and English, and what it means, as told by the people who know it (File ▸ Archive…). Your work is saved automatically every minute in case the laptop switches off.</source>
        <translation>Ар бир оюмду өзгөртүлбөгөн сүрөтү, кыргызча, өзбекче, орусча жана англисче аттары жана аны билгендердин айтымындагы мааниси менен сактаңыз (Файл ▸ Архив…). Ноутбук өчүп калса деп, иш ар мүнөт сайын өзү сакталат.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="53"/>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <location filename="../tour.py" line="60"/>
        <source>Skip</source>
        <translation>Өткөрүп жиберүү</translation>
    </message>
    <message>
        <location filename="../tour.py" line="78"/>
        <source>Start</source>
        <translation>Баштоо</translation>
    </message>
    <message>
        <location filename="../tour.py" line="78"/>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
</context>
<context>
    <name>_ColourEdit</name>
    <message>
        <location filename="../param_form.py" line="261"/>
        <source>Pick…</source>
        <extracomment>Translation context of the parameter labels and help texts. Translation context of the preset descriptions.</extracomment>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="262"/>
        <source>Choose the colour in a colour dialog</source>
        <translation>Түстү түс тандоо терезесинен тандоо</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="274"/>
        <source>Choose a colour</source>
        <translation>Түс тандоо</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="86"/>
        <source>The photo could not be opened</source>
        <extracomment>The rotating log&apos;s file name inside :func:`~motifstudio.app.paths.logs_dir`.</extracomment>
        <translation>Сүрөт ачылган жок</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>The file “{name}” is not there any more. It may have been moved, renamed or deleted.</source>
        <translation>“{name}” файлы мурунку жеринде жок. Ал жылдырылган, аты өзгөртүлгөн же өчүрүлгөн болушу мүмкүн.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="93"/>
        <source>“{name}” is a folder. Choose a photo inside it.</source>
        <translation>“{name}” — бул папка. Анын ичиндеги сүрөттү тандаңыз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="95"/>
        <source>Motif Studio is not allowed to read “{name}”. Copy the photo to your Documents or Pictures folder and open the copy.</source>
        <translation>Motif Studio’го “{name}” файлын окууга уруксат жок. Сүрөттү Документтер же Сүрөттөр папкасына көчүрүп, көчүрмөсүн ачыңыз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="99"/>
        <source>The file “{name}” is empty. Copying it from the phone may have failed — copy it again.</source>
        <translation>“{name}” файлы бош. Телефондон көчүрүүдө ката кеткен болушу мүмкүн — кайра көчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="103"/>
        <location filename="../errors.py" line="215"/>
        <source>Not enough memory</source>
        <translation>Эс тутум жетишсиз</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <location filename="../errors.py" line="216"/>
        <source>Not enough memory for this photo — try a smaller working size in Clean up → More options.</source>
        <translation>Бул сүрөт үчүн эс тутум жетишсиз — Тазалоо → Кошумча жөндөөлөр бөлүмүнөн кичирээк иштөө өлчөмүн коюп көрүңүз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="108"/>
        <source>The photo “{name}” is very large. Make it smaller in another program, or raise “Largest image” in Clean up → More options if you trust the file.</source>
        <translation>“{name}” сүрөтү өтө чоң. Аны башка программада кичирейтиңиз, же файлга ишенсеңиз, Тазалоо → Кошумча жөндөөлөр бөлүмүндө “Эң чоң сүрөт” маанисин көбөйтүңүз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112"/>
        <source>“{name}” is in a format Motif Studio cannot read. Save it as JPEG or PNG and open that.</source>
        <translation>“{name}” файлынын форматын Motif Studio окуй албайт. Аны JPEG же PNG катары сактап, ошону ачыңыз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="116"/>
        <source>The file “{name}” is damaged or is not a picture. If it came from a phone, copy it again.</source>
        <translation>“{name}” файлы бузулган же сүрөт эмес. Эгер ал телефондон алынган болсо, кайра көчүрүңүз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="120"/>
        <source>Motif Studio could not read “{name}”.</source>
        <translation>Motif Studio “{name}” файлын окуй алган жок.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="122"/>
        <location filename="../errors.py" line="128"/>
        <source>this file</source>
        <translation>бул файл</translation>
    </message>
    <message>
        <location filename="../errors.py" line="130"/>
        <source>The project could not be saved</source>
        <translation>Проект сакталган жок</translation>
    </message>
    <message>
        <location filename="../errors.py" line="131"/>
        <source>“{name}” was not saved because the design has a problem Motif Studio cannot store. Your previous file is unchanged.</source>
        <translation>“{name}” сакталган жок, анткени дизайнда Motif Studio сактай албаган көйгөй бар. Мурунку файлыңыз өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="135"/>
        <source>This project needs a newer Motif Studio</source>
        <translation>Бул проект үчүн Motif Studio’нун жаңыраак версиясы керек</translation>
    </message>
    <message>
        <location filename="../errors.py" line="136"/>
        <source>“{name}” was made with a newer version of Motif Studio. Update Motif Studio to open it.</source>
        <translation>“{name}” Motif Studio’нун жаңыраак версиясында түзүлгөн. Аны ачуу үчүн Motif Studio’ну жаңыртыңыз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="140"/>
        <source>This is not a Motif Studio project</source>
        <translation>Бул Motif Studio проекти эмес</translation>
    </message>
    <message>
        <location filename="../errors.py" line="141"/>
        <source>“{name}” is not a Motif Studio project, or it was cut short while copying. To start from a photo, use Open photo… instead.</source>
        <translation>“{name}” Motif Studio проекти эмес, же көчүрүүдө аягына чейин көчүрүлгөн эмес. Сүрөттөн баштоо үчүн анын ордуна “Сүрөт ачуу…” буйругун колдонуңуз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="145"/>
        <source>This project file was refused</source>
        <translation>Бул проект файлы кабыл алынган жок</translation>
    </message>
    <message>
        <location filename="../errors.py" line="146"/>
        <source>“{name}” contains something a Motif Studio project never contains, so it was not opened, to keep your computer safe.</source>
        <translation>“{name}” ичинде Motif Studio проектинде эч качан болбой турган нерсе бар, ошондуктан компьютериңиздин коопсуздугу үчүн ал ачылган жок.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="150"/>
        <source>This project file is damaged</source>
        <translation>Бул проект файлы бузулган</translation>
    </message>
    <message>
        <location filename="../errors.py" line="151"/>
        <source>“{name}” is damaged and cannot be opened. If you have another copy (a backup or a flash drive), open that one.</source>
        <translation>“{name}” бузулган, аны ачуу мүмкүн эмес. Эгер башка көчүрмөсү болсо (камдык көчүрмө же флешкада), ошону ачыңыз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="160"/>
        <source>File not found</source>
        <translation>Файл табылган жок</translation>
    </message>
    <message>
        <location filename="../errors.py" line="161"/>
        <source>“{name}” is not there. It may have been moved, renamed or deleted, or the flash drive was removed.</source>
        <translation>“{name}” табылган жок. Ал жылдырылган, аты өзгөртүлгөн же өчүрүлгөн болушу мүмкүн, же флешка сууруп алынгандыр.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="165"/>
        <source>Permission denied</source>
        <translation>Уруксат жок</translation>
    </message>
    <message>
        <location filename="../errors.py" line="166"/>
        <source>Motif Studio is not allowed to use “{name}”. It may be open in another program, or the folder may be read-only. Try another folder.</source>
        <translation>Motif Studio’го “{name}” колдонууга уруксат жок. Ал башка программада ачык болушу мүмкүн, же папкага жазууга болбойт. Башка папканы тандап көрүңүз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="170"/>
        <source>The disk is full</source>
        <translation>Диск толуп калды</translation>
    </message>
    <message>
        <location filename="../errors.py" line="171"/>
        <source>There is no space left to write “{name}”. Free some space or choose another drive, then try again.</source>
        <translation>“{name}” жазууга орун калган жок. Бир аз орун бошотуңуз же башка дискти тандап, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="175"/>
        <source>This is a folder</source>
        <translation>Бул папка</translation>
    </message>
    <message>
        <location filename="../errors.py" line="176"/>
        <source>“{name}” is a folder, not a file.</source>
        <translation>“{name}” — файл эмес, папка.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="178"/>
        <source>The file could not be used</source>
        <translation>Файлды колдонуу мүмкүн болгон жок</translation>
    </message>
    <message>
        <location filename="../errors.py" line="180"/>
        <source>Motif Studio could not read or write “{name}”: {reason}.</source>
        <translation>Motif Studio “{name}” файлын окуй же жаза алган жок: {reason}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="183"/>
        <source>Motif Studio could not read or write “{name}”.</source>
        <translation>Motif Studio “{name}” файлын окуй же жаза алган жок.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="186"/>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../errors.py" line="211"/>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <location filename="../errors.py" line="212"/>
        <source>The work was cancelled. Nothing was changed.</source>
        <translation>Иш токтотулду. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="229"/>
        <source>These settings cannot be used</source>
        <translation>Бул жөндөөлөрдү колдонууга болбойт</translation>
    </message>
    <message>
        <location filename="../errors.py" line="230"/>
        <source>Motif Studio cannot work with the current settings. Check the values you changed last and try again.</source>
        <translation>Motif Studio учурдагы жөндөөлөр менен иштей албайт. Акыркы өзгөрткөн маанилериңизди текшерип, кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="234"/>
        <source>Something went wrong</source>
        <translation>Бир нерсе туура эмес болуп кетти</translation>
    </message>
    <message>
        <location filename="../errors.py" line="235"/>
        <source>Motif Studio hit an unexpected problem. Save your work under a new name if you can. If it happens again, please send the log file (see Show Details…) to the people who support Motif Studio.</source>
        <translation>Motif Studio күтүлбөгөн көйгөйгө туш болду. Мүмкүн болсо, ишиңизди жаңы ат менен сактаңыз. Эгер бул кайталанса, журнал файлын (“Show Details…” баскычын басып көрүңүз) Motif Studio’ну колдогон адамдарга жөнөтүңүз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="287"/>
        <source>Motif Studio</source>
        <translation>Motif Studio</translation>
    </message>
    <message>
        <location filename="../errors.py" line="291"/>
        <source>Log file: {path}</source>
        <translation>Журнал файлы: {path}</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <location filename="../_param_strings.py" line="13"/>
        <source>Largest image</source>
        <translation>Эң чоң сүрөт</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="14"/>
        <source>Refuse images with more pixels than this (protects against decompression bombs and running out of memory).</source>
        <translation>Пикселдери мындан көп сүрөттөрдү ачпоо (атайын жасалган зыяндуу файлдардан жана эс тутумдун түгөнүшүнөн коргойт).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="15"/>
        <source>Perspective corners</source>
        <translation>Перспектива бурчтары</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="16"/>
        <source>Four (x, y) points of the textile&apos;s corners, clockwise from top-left; the image is rectified to a rectangle.</source>
        <translation>Кездеменин бурчтарынын төрт (x, y) чекити, жогорку сол бурчтан баштап саат жебеси боюнча; сүрөт тик бурчтук болуп түздөлөт.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="17"/>
        <source>Width ÷ height</source>
        <translation>Туурасы ÷ бийиктиги</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="18"/>
        <source>The real proportions of the straightened textile (1 for a square felt; 150 × 220 cm is 0.68); empty = judged from the photo.</source>
        <translation>Түздөлгөн буюмдун чыныгы пропорциясы (чарчы кийиз үчүн 1; 150 × 220 см — 0,68); бош калса — сүрөттөн аныкталат.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="19"/>
        <source>Find corners automatically</source>
        <translation>Бурчтарды автоматтык түрдө табуу</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="20"/>
        <source>Suggest the quadrilateral of a textile standing out from its background and rectify it.</source>
        <translation>Фондон бөлүнүп турган кездеменин төрт бурчтуу чегин сунуштап, аны түздөө.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="21"/>
        <source>Rotate</source>
        <translation>Буруу</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="22"/>
        <source>Rotate the image anticlockwise by this angle.</source>
        <translation>Сүрөттү саат жебесине каршы ушул бурчка буруу.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="23"/>
        <source>Straighten automatically</source>
        <translation>Автоматтык түрдө түздөө</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="24"/>
        <source>Detect a small tilt of the motif&apos;s straight lines and undo it.</source>
        <translation>Оюмдун түз сызыктарындагы анча чоң эмес кыйшаюуну таап, аны оңдоо.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="25"/>
        <source>Crop</source>
        <translation>Кесүү</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="26"/>
        <source>Keep only (left, top, right, bottom) of the image.</source>
        <translation>Сүрөттүн (сол, үстү, оң, асты) бөлүгүн гана калтыруу.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="27"/>
        <source>Even out lighting</source>
        <translation>Жарыкты теңдөө</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="28"/>
        <source>Remove shadows, vignetting and uneven light.</source>
        <translation>Көлөкөлөрдү, четтердин караңгылашын жана бирдей эмес жарыкты кетирүү.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="29"/>
        <source>Lighting smoothness</source>
        <translation>Жарыктын жылмакайлыгы</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="30"/>
        <source>Degree of the smooth light field removed (higher follows more complex light).</source>
        <translation>Кетирилүүчү жарыктын өзгөрүүсүнүн даражасы (жогору болсо, татаалыраак жарыкка ылайыкташат).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="31"/>
        <source>White balance</source>
        <translation>Ак түстүн балансы</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="32"/>
        <source>&apos;auto&apos; neutralises the colour cast; &apos;point&apos; uses the picked neutral point.</source>
        <translation>«Автоматтык» артык түс өңүн өзү кетирет; «Тандалган ак чекит боюнча» тандалган нейтралдуу чекитти колдонот.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="33"/>
        <source>Neutral point</source>
        <translation>Нейтралдуу чекит</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="34"/>
        <source>(x, y) of a pixel that should be grey or white.</source>
        <translation>Сур же ак болушу керек болгон пикселдин (x, y) орду.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="35"/>
        <source>Denoise</source>
        <translation>Ызы-чууну азайтуу</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="36"/>
        <source>Edge-preserving smoothing that removes weave and felt-fibre texture while keeping region edges sharp.</source>
        <translation>Аймактардын чектерин курч калтырып, токуунун жана кийиз жүнүнүн текстурасын кетирген жылмалоо.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="37"/>
        <source>Denoise strength</source>
        <translation>Ызы-чууну азайтуунун күчү</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="38"/>
        <source>0 = gentle, 1 = strong.</source>
        <translation>0 = жумшак, 1 = күчтүү.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="39"/>
        <source>Working resolution</source>
        <translation>Иштөө өлчөмү</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="40"/>
        <source>&apos;auto&apos; traces at the smallest resolution that still holds the motif&apos;s smallest feature.</source>
        <translation>«Автоматтык» оюмдун эң майда бөлүгү жоголбой турган эң кичине өлчөмдө иштейт.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="41"/>
        <source>Pixels per smallest feature</source>
        <translation>Эң майда бөлүккө пиксель</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="42"/>
        <source>In &apos;auto&apos; working resolution, the motif&apos;s thinnest part keeps at least this many pixels across.</source>
        <translation>Иштөө өлчөмү «Автоматтык» болгондо, оюмдун эң ичке бөлүгүнүн туурасы жок дегенде ушунча пиксель болот.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="43"/>
        <source>Largest working size</source>
        <translation>Эң чоң иштөө өлчөмү</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="44"/>
        <source>Upper bound of the working resolution in megapixels.</source>
        <translation>Иштөө өлчөмүнүн эң жогорку чеги, мегапиксель менен.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="45"/>
        <source>Colours</source>
        <translation>Түстөр</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="46"/>
        <source>Exact number of colours; empty = suggest automatically.</source>
        <translation>Түстөрдүн так саны; бош = автоматтык түрдө сунушталат.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="47"/>
        <source>Most colours (automatic)</source>
        <translation>Эң көп түс (автоматтык)</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="48"/>
        <source>Merge similar colours</source>
        <translation>Окшош түстөрдү бириктирүү</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="49"/>
        <source>Colours closer than this merge into one (0 = never).</source>
        <translation>Бири-бирине мындан жакын түстөр бир түскө бириктирилет (0 = эч качан).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="50"/>
        <source>Pinned colours</source>
        <translation>Бекитилген түстөр</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="51"/>
        <source>Colours (#rrggbb) that must stay in the palette exactly.</source>
        <translation>Палитрада так ошол бойдон калышы керек болгон түстөр (#rrggbb).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="52"/>
        <source>Smallest region</source>
        <translation>Эң кичине аймак</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="53"/>
        <source>Regions smaller than this merge into the region around them (0 = automatic from the working resolution).</source>
        <translation>Мындан кичине аймактар аларды курчаган аймакка кошулат (0 = иштөө өлчөмүнө жараша автоматтык).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="54"/>
        <source>Unit of smallest region</source>
        <translation>Эң кичине аймактын бирдиги</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="55"/>
        <source>Edge smoothing</source>
        <translation>Чектерди жылмалоо</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="56"/>
        <source>Radius of the majority filter that cleans ragged region edges (0 = off).</source>
        <translation>Аймактардын тегиз эмес чектерин тазалаган «көпчүлүк» чыпкасынын радиусу (0 = өчүк).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="57"/>
        <source>Trace mode</source>
        <translation>Векторго айлантуу ыкмасы</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="58"/>
        <source>&apos;regions&apos; fills colour areas; &apos;centreline&apos; also turns thin strokes into stroked lines with their measured width.</source>
        <translation>«Түс аймактары» түстүү жерлерди толтурат; «Аймактар жана орто сызыктар» ичке сызыктарды да ченелген калыңдыгы менен сызыкка айлантат.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="59"/>
        <source>Curve tolerance</source>
        <translation>Ийри сызыктын четтөөсү</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="60"/>
        <source>How far a fitted curve may stray from the pixel boundary.</source>
        <translation>Ийри сызык пиксель чегинен канчалык алыс четтей алат.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="61"/>
        <source>Corner angle</source>
        <translation>Бурчтун чоңдугу</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="62"/>
        <source>A boundary turning by more than this angle within a few pixels keeps a sharp corner (smaller = more corners).</source>
        <translation>Бир нече пикселдин ичинде мындан чоң бурчка бурулган чек курч бурч бойдон калат (кичине = көбүрөөк бурч).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="63"/>
        <source>Boundary smoothing</source>
        <translation>Чек сызыгын жылмалоо</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="64"/>
        <source>Passes of smoothing along the pixel staircase before fitting.</source>
        <translation>Ийри сызык түзүүдөн мурун пиксель тепкичтерин бойлото жылмалоо канча жолу кайталанат.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="65"/>
        <source>Thickest stroke</source>
        <translation>Эң калың сызык</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="66"/>
        <source>Centreline mode: regions thinner than this become strokes.</source>
        <translation>Орто сызык ыкмасы: мындан ичке аймактар сызыкка айланат.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="67"/>
        <source>Stroke colour</source>
        <translation>Сызыктын түсү</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="68"/>
        <source>Centreline mode: the colour (#rrggbb) of the line art; empty = the darkest colour.</source>
        <translation>Орто сызык ыкмасы: сызма сүрөттүн түсү (#rrggbb); бош = эң күңүрт түс.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="69"/>
        <source>Width</source>
        <translation>Туурасы</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="70"/>
        <source>Physical width of the motif; empty = from the file&apos;s DPI.</source>
        <translation>Оюмдун чыныгы туурасы; бош = файлдагы DPI боюнча.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="71"/>
        <source>Hide hairline seams</source>
        <translation>Ичке жылчыктарды жашыруу</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="72"/>
        <source>Paint each face with a thin outline of its own colour so renderers show no hairlines between abutting faces; the geometry is unchanged.</source>
        <translation>Ар бир аймакка өз түсүндөй ичке контур кошулат, ошондо жанаша аймактардын ортосунда ичке жылчыктар көрүнбөйт; формалар өзгөрбөйт.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="13"/>
        <source>Decimals</source>
        <translation>Үтүрдөн кийинки сандар</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="14"/>
        <source>Digits after the decimal point of the millimetres in the file.</source>
        <translation>Файлдагы миллиметрлерде үтүрдөн кийин канча сан жазылат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="15"/>
        <source>Hide hairlines</source>
        <translation>Ичке жылчыктарды жашыруу</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="16"/>
        <source>Outline each colour in its own colour, so no thin gaps show on screen between touching shapes. Leave off for cutting.</source>
        <translation>Ар бир түскө өз түсүндөй контур кошулат, ошондо экранда жанаша формалардын ортосунда ичке жылчыктар көрүнбөйт. Кесүү үчүн күйгүзбөңүз.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="19"/>
        <source>Resolution</source>
        <translation>Ажыратымдуулук</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="20"/>
        <source>Pixels per inch when printed. Auto: 150, or less for a design so big the picture would not fit in memory.</source>
        <translation>Басып чыгарганда бир дюймга канча пиксель. «Авто» — 150, же дизайн ушунчалык чоң болуп, сүрөт эс тутумга батпай турган болсо, андан азыраак.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="21"/>
        <source>Smoothing</source>
        <translation>Жылмалоо</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="22"/>
        <source>Samples per pixel along each side, for smooth edges.</source>
        <translation>Жылмакай четтер үчүн пикселдин ар бир жагы боюнча канча өлчөм алынат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="24"/>
        <source>Pixels per inch when printed (empty: Auto).</source>
        <translation>Басып чыгарганда бир дюймга канча пиксель (бош — «Авто»).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="26"/>
        <source>Shown on</source>
        <translation>Эмнеде көрсөтүлөт</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="27"/>
        <source>A felt rug on the floor, a cushion, or a draped scarf.</source>
        <translation>Жерде жаткан кийиз килем, жаздык же салынып турган шарф.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="28"/>
        <source>Picture</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="29"/>
        <source>1080 × 1080 for square posts, 1080 × 1350 for portrait posts.</source>
        <translation>1080 × 1080 — чарчы посттор үчүн, 1080 × 1350 — тик посттор үчүн.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="30"/>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="31"/>
        <source>Empty: the motif&apos;s title.</source>
        <translation>Бош — оюмдун аталышы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="32"/>
        <source>Maker</source>
        <translation>Чебер</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="33"/>
        <source>Who made it, e.g. a workshop. Empty: the maker in the motif&apos;s details.</source>
        <translation>Ким жасаган, мисалы, устакана. Бош — оюм жөнүндө маалыматтагы чебер.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="34"/>
        <source>Backdrop colour</source>
        <translation>Арткы фондун түсү</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="35"/>
        <source>A #rrggbb colour.</source>
        <translation>#rrggbb түрүндөгү түс.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="37"/>
        <source>Paper</source>
        <translation>Кагаз</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="38"/>
        <source>The paper in the printer.</source>
        <translation>Принтердеги кагаз.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="39"/>
        <source>Orientation</source>
        <translation>Барактын абалы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="40"/>
        <source>Auto: whichever needs fewer pages.</source>
        <translation>«Автоматтык» — кайсынысына барак азыраак керек болсо, ошол.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="41"/>
        <source>Overlap</source>
        <translation>Кабатташуу</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="42"/>
        <source>How much neighbouring pages share, for gluing.</source>
        <translation>Чаптоо үчүн коңшу барактар бири-биринин үстүнө канча кирет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="43"/>
        <source>Margin</source>
        <translation>Чети / үстөк баа</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="44"/>
        <source>Left blank round each page; most printers cannot print to the edge.</source>
        <translation>Ар бир барактын четинде бош жер калтырылат; көпчүлүк принтерлер барактын эң четине чейин басып чыгара албайт.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="45"/>
        <source>Overview page</source>
        <translation>Жалпы көрүнүш барагы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="46"/>
        <source>A first page with the whole design and the page grid.</source>
        <translation>Бүт дизайн жана барактардын торчосу көрсөтүлгөн биринчи барак.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="47"/>
        <source>Alignment marks</source>
        <translation>Дал келтирүү белгилери</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="48"/>
        <source>Trim lines and registration marks for gluing the pages.</source>
        <translation>Барактарды чаптоо үчүн кесүү сызыктары жана дал келтирүү белгилери.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="50"/>
        <source>Fabric count</source>
        <translation>Канванын жыштыгы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="51"/>
        <source>Aida squares per inch (cross stitches per inch).</source>
        <translation>Бир дюймдагы Аида канвасынын клеткалары (бир дюймдагы крестиктер).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="52"/>
        <source>Stitches across</source>
        <translation>Туурасына крестиктер</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="53"/>
        <source>Width of the chart in stitches; default: the design&apos;s width at the fabric count.</source>
        <translation>Схеманын туурасы крестик менен; демейки боюнча — тандалган канва жыштыгындагы дизайндын туурасы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="54"/>
        <source>Leave the background unstitched</source>
        <translation>Фонду сайбай калтыруу</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="55"/>
        <source>Squares of the design&apos;s background colour stay empty (the fabric shows; choose fabric of that colour).</source>
        <translation>Дизайндын фон түсүндөгү клеткалар бош калат (кездеме көрүнүп турат — ошол түстөгү кездемени тандаңыз).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="56"/>
        <source>Chart style</source>
        <translation>Схеманын түрү</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="57"/>
        <source>Symbols on squares of the thread colour, or black symbols on white (for a black-and-white printer).</source>
        <translation>Жиптин түсүндөгү клеткаларда белгилер, же ак фондо кара белгилер (ак-кара принтер үчүн).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="58"/>
        <source>Page overlap</source>
        <translation>Барактардын кабатташуусу</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="59"/>
        <source>Columns and rows of the previous page repeated, shaded, at the edge of the next.</source>
        <translation>Мурунку барактын мамычалары жана катарлары кийинки барактын четинде күңүрттөлүп кайталанат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="60"/>
        <source>Strands</source>
        <translation>Тал саны</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="61"/>
        <source>Strands of floss in the needle (for the skein estimate).</source>
        <translation>Ийнедеги мулине жибинин тал саны (түрмөктөрдү эсептөө үчүн).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="63"/>
        <source>Strands of floss in the needle, recorded for each thread.</source>
        <translation>Ийнедеги мулине жибинин тал саны; ар бир жип үчүн жазылат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="65"/>
        <source>Mirror for iron-on transfer</source>
        <translation>Үтүк менен которуу үчүн күзгүдөй</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="66"/>
        <source>Draw the design mirrored left to right, for a transfer pen or pencil: ironing the sheet face down flips it back.</source>
        <translation>Дизайнды солдон оңго күзгүдөй тартуу — которуучу калем же карандаш үчүн: баракты бети менен ылдый каратып үтүктөгөндө, сүрөт кайра түз болот.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="67"/>
        <source>Strip width</source>
        <translation>Тилкенин туурасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="68"/>
        <source>Width of each cloth strip, seam to seam; suzani are embroidered on strips sewn together afterwards.</source>
        <translation>Ар бир кездеме тилкесинин тигиштен тигишке чейинки туурасы; сузана тилкелерге сайылат, кийин алар бириктирилип тигилет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="69"/>
        <source>Line width</source>
        <translation>Сызыктын калыңдыгы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="70"/>
        <source>Width of the outlines.</source>
        <translation>Контурлардын калыңдыгы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="71"/>
        <source>Overlap at the seams</source>
        <translation>Тигиштен ашып өтүү</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="72"/>
        <source>The drawing runs this far past each seam (the seam allowance), so the lines meet when the strips are sewn.</source>
        <translation>Сүрөт ар бир тигиштен ушунча ашып өтөт (тигиш үчүн калтырылган жер), ошондо тилкелер тигилгенде сызыктар дал келет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="73"/>
        <source>Match marks every</source>
        <translation>Дал келтирүү белгилеринин аралыгы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="74"/>
        <source>Distance between the numbered marks across each seam.</source>
        <translation>Ар бир тигиштин туурасынан коюлган номерленген белгилердин ортосундагы аралык.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="76"/>
        <source>Fill angle</source>
        <translation>Толтуруунун бурчу</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="77"/>
        <source>Direction of the fill rows, anticlockwise from the horizontal. The underlay runs at right angles to it.</source>
        <translation>Толтуруу катарларынын багыты, горизонталдан саат жебесине каршы. Астыңкы тигиш ага тик бурч менен өтөт.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="78"/>
        <source>Row spacing</source>
        <translation>Катарлардын аралыгы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="79"/>
        <source>Distance between fill rows (and between the peaks of a satin zig-zag). Smaller is denser.</source>
        <translation>Толтуруу катарларынын ортосундагы аралык (жана жылма сайманын зигзагынын учтарынын ортосундагы). Кичине болсо — жыш.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="80"/>
        <source>Longest stitch</source>
        <translation>Эң узун тигиш</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="81"/>
        <source>Longest stitch in fills, underlay and outlines; longer ones are split. Satin stitches span their column, up to 12 mm.</source>
        <translation>Толтуруудагы, астыңкы тигиштеги жана контурлардагы эң узун тигиш; андан узундары бөлүнөт. Жылма сайманын тигиштери өз тилкесинин туурасын толук басат, 12 mm чейин.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="82"/>
        <source>Underlay</source>
        <translation>Астыңкы тигиш</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="83"/>
        <source>Sparse rows at right angles under each fill (a centre walk under each satin), inset so they stay hidden.</source>
        <translation>Ар бир толтуруунун астында тик бурч менен сейрек катарлар (ар бир жылма сайманын астында — ортосунан бир сызык), көрүнбөшү үчүн четтен ичкерирээк.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="84"/>
        <source>Satin below width</source>
        <translation>Жылма сайма — мындан ичке болсо</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="85"/>
        <source>Faces narrower than this (2 × area / perimeter) become satin columns; 0 turns satin off.</source>
        <translation>Мындан ичке аймактар (2 × аянт / периметр) жылма сайма тилкелерине айланат; 0 — жылма сайма өчөт.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="86"/>
        <source>Outlines</source>
        <translation>Контурлар</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="87"/>
        <source>Stitch the boundaries between colours with a running stitch, a triple (bean) stitch, or not at all.</source>
        <translation>Түстөрдүн ортосундагы чектерди жөнөкөй тигиш, үч кабат тигиш менен сайуу же такыр сайбоо.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="88"/>
        <source>Trim jumps longer than</source>
        <translation>Мындан узун секириктерди кесүү</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="89"/>
        <source>Travel longer than this ends with a tie-off and a trim; shorter travel is a jump the thread floats across.</source>
        <translation>Мындан узун өтүү бекитүү жана жипти кесүү менен бүтөт; кыскасы — секирик, жип үстүнөн тартылып өтөт.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="90"/>
        <source>Ground</source>
        <translation>Фон</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="91"/>
        <source>Fill the ground colour, or leave it to the fabric (suzani style: embroider on a cloth of the ground colour).</source>
        <translation>Фон түсүн сайып толтуруу, же фонду кездемеге калтыруу (сузанадагыдай: фон түсүндөгү кездемеге сайылат).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="92"/>
        <source>Pixels per mm</source>
        <translation>Бир mm ичиндеги пикселдер</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="93"/>
        <source>Preview resolution (10 px/mm = 254 dpi).</source>
        <translation>Алдын ала көрүнүштүн ажыратымдуулугу (10 px/mm = 254 dpi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="94"/>
        <source>Thread width</source>
        <translation>Жиптин калыңдыгы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="95"/>
        <source>How thick a stitch is drawn.</source>
        <translation>Тигиш канчалык калың тартылат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="97"/>
        <source>Strands of DMC floss the thread stands for; a skein is 8 m of 6 strands, so 2 strands get three times as far.</source>
        <translation>Жип DMC мулинесинин канча талына туура келет; бир түрмөк — 6 талдуу 8 m, ошондуктан 2 тал менен үч эсе узакка жетет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="104"/>
        <source>Warp bundles</source>
        <translation>Эриш тутамдары</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="105"/>
        <source>Bundles of warp threads across the width, each tied as one.</source>
        <translation>Туурасы боюнча эриш жиптеринин тутамдары; ар бири бир тутам катары байланат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="106"/>
        <source>Position step</source>
        <translation>Узундук боюнча кадам</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="107"/>
        <source>Length of one cell along the warp.</source>
        <translation>Эриш боюнча бир клетканын узундугу.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="108"/>
        <source>Loom width</source>
        <translation>Станоктогу туурасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="109"/>
        <source>Width of the warp on the loom; the design is scaled to it. 0: the design&apos;s own width.</source>
        <translation>Токуу станогундагы эриштин туурасы; дизайн ага ылайыкталып чоңойтулат же кичирейтилет. 0 — дизайндын өз туурасы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="110"/>
        <source>Warp runs</source>
        <translation>Эриштин багыты</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="111"/>
        <source>down: the warp runs from the top of the design to the bottom. across: from its left to its right (the design is laid on the loom a quarter turn clockwise).</source>
        <translation>down: эриш дизайндын үстүнөн астына карай кетет. across: солдон оңго карай (дизайн станокко саат жебеси боюнча чейрек айлантылып коюлат).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="112"/>
        <source>Most dye baths</source>
        <translation>Эң көп боёк ваннасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="113"/>
        <source>How many dye baths the workshop will do (the undyed yarn is one colour more).</source>
        <translation>Устакана канча боёк ваннасын жасайт (боелбогон жип — дагы бир түс).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="114"/>
        <source>Undyed yarn</source>
        <translation>Боелбогон жип</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="115"/>
        <source>#rrggbb of the undyed yarn. Empty: the lightest colour of the design is the undyed yarn.</source>
        <translation>Боелбогон жиптин #rrggbb түсү. Бош — дизайндын эң ачык түсү боелбогон жип деп эсептелет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="116"/>
        <source>Dye order</source>
        <translation>Боёо тартиби</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="117"/>
        <source>Bath colours, lightest first, as #rrggbb separated by commas. Empty: every colour but the yarn, light to dark by CIE L*.</source>
        <translation>Ванналардын түстөрү, эң ачыгынан баштап, үтүр менен бөлүнгөн #rrggbb түрүндө. Бош — жиптин түсүнөн башка бардык түстөр, CIE L* боюнча ачыктан күңүрткө.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="118"/>
        <source>Tying</source>
        <translation>Байлоо</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="119"/>
        <source>overdye: a cell is tied once, after its own bath (least work). single-bath: a cell is free only in its own bath (pure colours, more ties).</source>
        <translation>overdye: клетка өз ваннасынан кийин бир жолу байланат (эң аз иш). single-bath: клетка өз ваннасында гана ачык болот (таза түстөр, байлоо көбүрөөк).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="120"/>
        <source>Mirror fold</source>
        <translation>Тең бүктөө</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="121"/>
        <source>Fold the warp in half across its width and tie both halves at once (the design must be mirror-symmetric left to right).</source>
        <translation>Эришти туурасынан тең бүктөп, эки жарымын бир убакта байлоо (дизайн солдон оңго күзгүдөй симметриялуу болушу керек).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="122"/>
        <source>Fold tolerance (% of cells)</source>
        <translation>Бүктөөдөгү четтөө (клеткалардын %)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="123"/>
        <source>Per cent of the cells that may differ between the two halves of a folded warp.</source>
        <translation>Бүктөлгөн эриштин эки жарымында клеткалардын канча пайызы айырмаланышы мүмкүн.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="124"/>
        <source>Pixels per inch of cloth (the PNG records it, so it prints at real size).</source>
        <translation>Кездеменин бир дюймуна пиксель (PNG муну жазып алат, ошондуктан чыныгы өлчөмдө басылат).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="125"/>
        <source>Tie jitter</source>
        <translation>Байламдардын жылышы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="126"/>
        <source>How far ties stray from the plan along the warp, per bundle and per tie (threads slip about a third of that).</source>
        <translation>Эриш боюнча байламдар пландан канчалык жылат — ар бир тутам жана ар бир байлам үчүн (жиптер болжол менен анын үчтөн бирине жылат).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="127"/>
        <source>Dye bleed</source>
        <translation>Боёктун жайылышы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="128"/>
        <source>How far the dye creeps under a tie: the blur along the warp.</source>
        <translation>Боёк байламдын астына канчалык кирет: эриш боюнча бүдөмүктүк.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="129"/>
        <source>Random seed</source>
        <translation>Баштапкы сан</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="130"/>
        <source>The same seed gives the same preview.</source>
        <translation>Бирдей сан бирдей алдын ала көрүнүштү берет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="132"/>
        <source>Chart</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="133"/>
        <source>combined: one chart with the bath number in each cell. per-bath: one chart per bath showing what to tie and what to cut.</source>
        <translation>combined: ар бир клеткасында ваннанын номери жазылган бир схема. per-bath: ар бир ванна үчүн өз схемасы — эмнени байлап, эмнени кесүү керектиги көрсөтүлөт.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="134"/>
        <source>Cell size</source>
        <translation>Клетканын өлчөмү</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="135"/>
        <source>Size of one cell on paper (the chart is printed at this scale).</source>
        <translation>Кагаздагы бир клетканын өлчөмү (схема ушул масштабда басылат).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="138"/>
        <source>Film margin</source>
        <translation>Пленканын чети</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="139"/>
        <source>Clear film round the design, holding the registration marks and the label.</source>
        <translation>Дизайндын айланасындагы тунук пленка; анда дал келтирүү белгилери жана жазуу турат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="140"/>
        <source>print: a film for the background colour too. fabric: the background colour is the cloth itself, so it gets no film.</source>
        <translation>print: фон түсү үчүн да пленка. fabric: фон түсү — кездеменин өзү, ошондуктан ага пленка жасалбайт.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="143"/>
        <source>Cord allowance</source>
        <translation>Кошумча шнур</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="144"/>
        <source>Extra cord on top of the total seam length, for joins, corners and ends.</source>
        <translation>Тигиштердин жалпы узундугунан тышкары кошумча шнур — уланган жерлерге, бурчтарга жана учтарга.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="145"/>
        <source>Felt waste</source>
        <translation>Кошумча кийиз</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="146"/>
        <source>Extra felt on top of the pieces&apos; area, for offcuts and mistakes.</source>
        <translation>Бөлүктөрдүн аянтынан тышкары кошумча кийиз — кесиндилерге жана каталарга.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="147"/>
        <source>Backing margin</source>
        <translation>Астардын чети</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="148"/>
        <source>How far the backing cloth reaches past the felt on each side.</source>
        <translation>Астар кездеме кийизден ар бир тарабынан канча чыгып турат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="149"/>
        <source>Narrowest piece</source>
        <translation>Эң ичке бөлүк</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="150"/>
        <source>Necks and pieces narrower than this are circled in red: too narrow to cut and sew.</source>
        <translation>Мындан ичке моюнчалар жана бөлүктөр кызыл менен тегеректелет: аларды кесип, тигүү үчүн өтө ичке.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="151"/>
        <source>Fold lines</source>
        <translation>Бүктөө сызыктары</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="152"/>
        <source>Dashed lines where the design mirrors itself.</source>
        <translation>Дизайн күзгүдөй кайталанган жерлердеги үзүк сызыктар.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="153"/>
        <source>Colour previews</source>
        <translation>Түстүү кичи сүрөттөр</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="154"/>
        <source>Small pictures of carpet A and carpet B beside the template.</source>
        <translation>Үлгүнүн жанында A жана B килемдеринин кичинекей сүрөттөрү.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="155"/>
        <source>Cut line width</source>
        <translation>Кесүү сызыгынын калыңдыгы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="156"/>
        <source>Width of the printed cut lines.</source>
        <translation>Басылган кесүү сызыктарынын калыңдыгы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="160"/>
        <source>Shrinkage across</source>
        <translation>Туурасынан кичирейиши</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="161"/>
        <source>Pressed felt shrinks while it is fulled, so the wool is laid larger than the finished felt: 1.25 lays it 25 % wider. Measure a felt of your own: laid width ÷ finished width.</source>
        <translation>Басылган кийиз басуу учурунда кичирейет, ошондуктан жүн даяр кийизден чоңураак жайылат: 1,25 болсо, 25 % кененирээк жайылат. Өзүңүздүн кийизиңизди өлчөңүз: жайылган туурасы ÷ даяр туурасы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="162"/>
        <source>Shrinkage along</source>
        <translation>Узунунан кичирейиши</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="163"/>
        <source>The same along the length (felt often shrinks more along the rolling).</source>
        <translation>Узундугу боюнча да ошондой (кийиз көбүнчө оролгон багыты боюнча көбүрөөк кичирейет).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="164"/>
        <source>Wool per m²</source>
        <translation>Бир m² жүн</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="165"/>
        <source>Wool laid per square metre of the laying map. About 1200 g/m² fulls to a felt about 1 cm thick; weigh a felt of your own to set it.</source>
        <translation>Жайуу схемасынын бир чарчы метрине жайылуучу жүн. Болжол менен 1200 g/m² жүн басылганда калыңдыгы болжол менен 1 cm кийиз болот; маанини коюу үчүн өзүңүздүн кийизиңизди таразага тартыңыз.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="166"/>
        <source>Grid</source>
        <translation>Тор</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="167"/>
        <source>Spacing of the grid lines on the laying map.</source>
        <translation>Жайуу схемасындагы тор сызыктарынын аралыгы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="170"/>
        <source>Product</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="171"/>
        <source>What is made: the materials follow from it.</source>
        <translation>Эмне жасалат: материалдар ошого жараша эсептелет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="172"/>
        <source>Hours of work</source>
        <translation>Иштин сааты</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="173"/>
        <source>Rate per hour</source>
        <translation>Сааттык акы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="174"/>
        <source>In your currency.</source>
        <translation>Өзүңүздүн валютаңызда.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="175"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="176"/>
        <source>Written after the amounts.</source>
        <translation>Суммалардан кийин жазылат.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="177"/>
        <source>Felt price</source>
        <translation>Кийиздин баасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="178"/>
        <source>Cord price</source>
        <translation>Шнурдун баасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="179"/>
        <source>Backing price</source>
        <translation>Астардын баасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="180"/>
        <source>Wool price</source>
        <translation>Жүндүн баасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="181"/>
        <source>Thread price</source>
        <translation>Жиптин баасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="182"/>
        <source>Fabric price</source>
        <translation>Кездеменин баасы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="183"/>
        <source>Cloth, evenweave or stabiliser.</source>
        <translation>Кездеме, бир калыпта токулган канва же стабилизатор.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="184"/>
        <source>Added to the cost to make the price.</source>
        <translation>Баа чыгуу үчүн нарктын үстүнө кошулат.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../_param_strings.py" line="73"/>
        <source>Ikat/abr silk: five colours with blurred cloud edges.</source>
        <translation>Икат/абр жибеги: булуттай бүдөмүк четтүү беш түс.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="74"/>
        <source>Any phone photo: even out light and colour cast, remove texture, suggest the number of colours.</source>
        <translation>Телефон менен тартылган каалаган сүрөт: жарыкты жана түс өңүн теңдейт, текстураны кетирет, түстөрдүн санын сунуштайт.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="75"/>
        <source>Shyrdak mosaic felt: two counterchanged colours, bold shapes, sharp corners.</source>
        <translation>Шырдак: орун алмашкан эки түс, ири формалар, курч бурчтар.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="76"/>
        <source>Suzani drawing or chain-stitch outlines: thin lines become stroked centrelines with their width.</source>
        <translation>Сузананын чиймеси же илме сайманын контурлары: ичке сызыктар өз калыңдыгы менен орто сызыкка айланат.</translation>
    </message>
</context>
<context>
    <name>self._panel</name>
    <message>
        <location filename="../palette_panel.py" line="88"/>
        <source>pinned</source>
        <extracomment>colorCountChanged(AUTO): let the segmentation choose the number of colours.</extracomment>
        <translation>бекитилген</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../main.py" line="76"/>
        <source>File not found</source>
        <translation>Файл табылган жок</translation>
    </message>
    <message>
        <location filename="../main.py" line="77"/>
        <source>%1 does not exist.</source>
        <translation>%1 табылган жок.</translation>
    </message>
</context>
<context>
    <name>writers</name>
    <message>
        <location filename="../_writer_strings.py" line="11"/>
        <source>Scalable Vector Graphics, one Inkscape layer per colour</source>
        <translation>SVG вектордук графикасы, ар бир түс үчүн өзүнчө Inkscape катмары</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="12"/>
        <source>The whole design (repeat, medallion or rug) as SVG at its real size</source>
        <translation>Бүт дизайн (кайталануучу оюм, медальон же килем) SVG түрүндө, чыныгы өлчөмдө</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="17"/>
        <source>One seamless tile of the repeat as SVG</source>
        <translation>Кайталануучу оюмдун бир тигишсиз бөлүгү SVG түрүндө</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="18"/>
        <source>The whole design as a PNG picture at its real size (dpi recorded)</source>
        <translation>Бүт дизайн PNG сүрөтү катары, чыныгы өлчөмдө (dpi жазылат)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="23"/>
        <source>One seamless tile of the repeat as PNG (e.g. for fabric printing)</source>
        <translation>Кайталануучу оюмдун бир тигишсиз бөлүгү PNG түрүндө (мисалы, кездемеге басып чыгаруу үчүн)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="25"/>
        <source>A picture for selling online: the design on a felt rug, a cushion or a scarf, 1080 × 1080 or 1080 × 1350, with title and maker</source>
        <translation>Интернетте сатуу үчүн сүрөт: дизайн кийиз килемде, жаздыкта же шарфта, 1080 × 1080 же 1080 × 1350, аталышы жана чебердин аты менен</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="36"/>
        <source>The whole design printed at 1:1 on A4, A3 or Letter pages (overlap, marks, overview page, 100 mm scale bar)</source>
        <translation>Бүт дизайн A4, A3 же Letter барактарына 1:1 масштабда басылат (кабатташуу, белгилер, жалпы көрүнүш барагы, 100 mm масштаб сызгычы)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="49"/>
        <source>Cross-stitch chart: symbols, DMC key with skeins, finished sizes, pages with overlap</source>
        <translation>Крестик сайма схемасы: белгилер, түрмөк саны менен DMC түстөрүнүн тизмеси, даяр өлчөмдөр, кабатташкан барактар</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="62"/>
        <source>Open Cross Stitch chart (DMC threads, full crosses) for other cross-stitch software</source>
        <translation>Open Cross Stitch схемасы (DMC жиптери, толук крестиктер) крестик сайма үчүн башка программаларга</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="64"/>
        <source>Suzani transfer sheet: outlines only at 1:1, optionally mirrored, in strips with numbered match marks across the seams</source>
        <translation>Сузана которуу барагы: 1:1 масштабда контурлар гана, кааласаңыз күзгүдөй, тилкелерге бөлүнүп, тигиштерде номерленген дал келтирүү белгилери менен</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="75"/>
        <source>Embroidery preview: every stitch drawn in its thread colour at real size</source>
        <translation>Сайманын алдын ала көрүнүшү: ар бир тигиш өз жибинин түсү менен чыныгы өлчөмдө тартылган</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="96"/>
        <source>Embroidery thread list: DMC number, name, stitches, thread length and skeins per colour</source>
        <translation>Сайма жиптеринин тизмеси: ар бир түс үчүн DMC номери, аталышы, тигиштер, жиптин узундугу жана түрмөктөр</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="98"/>
        <source>Tajima DST machine embroidery (thread list in the header)</source>
        <translation>Tajima DST машина саймасы (жиптердин тизмеси файлдын башында)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="99"/>
        <source>Brother/Babylock PES machine embroidery (version 6, thread colours and DMC numbers)</source>
        <translation>Brother/Babylock PES машина саймасы (6-версия, жиптердин түстөрү жана DMC номерлери)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="100"/>
        <source>Janome JEF machine embroidery (nearest Janome thread colours)</source>
        <translation>Janome JEF машина саймасы (Janome жиптеринин эң жакын түстөрү)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="101"/>
        <source>Melco EXP machine embroidery (stitches and colour changes only)</source>
        <translation>Melco EXP машина саймасы (тигиштер жана түс алмаштыруулар гана)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="102"/>
        <source>Pfaff/Husqvarna VP3 machine embroidery (thread colours)</source>
        <translation>Pfaff/Husqvarna VP3 машина саймасы (жиптердин түстөрү)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="103"/>
        <source>Ikat (abr) preview: the planned cloth at real size with the blurred, feathered edges of tied-and-dyed warp</source>
        <translation>Икаттын (абр) алдын ала көрүнүшү: пландалган кездеме чыныгы өлчөмдө, байланып боелгон эриштин бүдөмүк, жүндөй четтери менен</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="131"/>
        <source>Ikat (abr) binding chart: the warp bundles to tie before each dye bath, printed over tiled pages</source>
        <translation>Икат (абр) байлоо схемасы: ар бир боёк ваннасынын алдында кайсы эриш тутамдарын байлоо керек, бириктирилүүчү барактарда</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="136"/>
        <source>Ikat (abr) binding plan as a table: each tie to make or cut, per bath and bundle, in cm along the warp</source>
        <translation>Икат (абр) байлоо планы таблица түрүндө: ар бир ванна жана тутам боюнча байлана турган же кесиле турган ар бир байлам, эриш боюнча cm менен</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="137"/>
        <source>Screen-print separations: one black film per colour at 1:1 with registration marks</source>
        <translation>Шелкография үчүн түс бөлүү: ар бир түскө бирден кара пленка, 1:1 масштабда, дал келтирүү белгилери менен</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="141"/>
        <source>Screen-print separations in one SVG, one layer per colour&apos;s film, with registration marks</source>
        <translation>Шелкография үчүн түс бөлүү бир SVG файлда: ар бир түстүн пленкасына өзүнчө катмар, дал келтирүү белгилери менен</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="142"/>
        <source>Shyrdak cut template at 1:1 on tiled pages: cut lines, pieces A/B, fold lines, narrow spots, cord, felt and backing</source>
        <translation>Шырдактын кесүү үлгүсү 1:1 масштабда, бириктирилүүчү барактарда: кесүү сызыктары, A/B бөлүктөрү, бүктөө сызыктары, ичке жерлер, шнур, кийиз жана астар</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="157"/>
        <source>Shyrdak cut template as SVG at its real size</source>
        <translation>Шырдактын кесүү үлгүсү SVG түрүндө, чыныгы өлчөмдө</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="158"/>
        <source>Shyrdak materials: felt per colour (with waste), cord, backing</source>
        <translation>Шырдакка керектүү материалдар: ар бир түстөгү кийиз (кошумчасы менен), шнур, астар</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="159"/>
        <source>Ala-kiyiz wool-laying map at 1:1, enlarged by the shrinkage, with a 10 cm grid and wool per colour</source>
        <translation>Ала кийиз үчүн жүн жайуу схемасы 1:1 масштабда, кичирейүүгө жараша чоңойтулган, 10 cm тор жана ар бир түстөгү жүн менен</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="168"/>
        <source>Ala-kiyiz wool per colour (areas laid and finished, grams)</source>
        <translation>Ала кийиз үчүн ар бир түстөгү жүн (жайылган жана даяр аянттар, грамм)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="169"/>
        <source>Costing sheet: materials from the production plans, hours × rate, price (PDF)</source>
        <translation>Нарк эсеби: өндүрүш пландарынан алынган материалдар, саат × акы, баа (PDF)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="185"/>
        <source>Costing sheet as CSV</source>
        <translation>Нарк эсеби CSV түрүндө</translation>
    </message>
</context>
</TS>
