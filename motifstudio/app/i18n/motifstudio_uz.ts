<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about_dialog.py" line="17"/>
        <source>About Motif Studio</source>
        <translation>Motif Studio haqida</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="21"/>
        <source>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Digitise, recolour and arrange traditional textile motifs: shyrdak, ala-kiyiz, suzani and ikat.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Anʼanaviy toʻqimachilik naqshlarini raqamlashtiring, qayta boʻyang va joylashtiring: shirdak, ala-kiyiz, soʻzana va abr (ikat).&lt;/p&gt;&lt;p&gt;GNU General Public License (3-versiya yoki undan keyingi) asosida tarqatiladigan erkin dasturiy taʼminot.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="26"/>
        <source>Made with these libraries and data:</source>
        <translation>Ushbu kutubxonalar va maʼlumotlar bilan yaratilgan:</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="30"/>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="30"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="31"/>
        <source>Licence</source>
        <translation>Litsenziya</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="31"/>
        <source>Used for</source>
        <translation>Nima uchun</translation>
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
        <translation>Arxiv</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="65"/>
        <source>Search names, meanings, descriptions…</source>
        <translation>Nomlar, maʼnolar, tavsiflar boʻyicha qidirish…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="71"/>
        <location filename="../archive_browser.py" line="100"/>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="94"/>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="95"/>
        <source>Name in Kyrgyz</source>
        <translation>Qirgʻizcha nomi</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="95"/>
        <source>Name in Uzbek</source>
        <translation>Oʻzbekcha nomi</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="96"/>
        <source>Name in Russian</source>
        <translation>Ruscha nomi</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="96"/>
        <source>Name in English</source>
        <translation>Inglizcha nomi</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="99"/>
        <source>Maker</source>
        <translation>Usta</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="105"/>
        <source>Technique</source>
        <translation>Texnika</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="110"/>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="111"/>
        <source>Licence</source>
        <translation>Litsenziya</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="116"/>
        <source>Meanings</source>
        <translation>Maʼnolari</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="117"/>
        <source>Add a meaning…</source>
        <translation>Maʼno qoʻshish…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="119"/>
        <source>What the motif means, as told by an informant, with the date</source>
        <translation>Naqsh maʼnosi, xabar beruvchining soʻzlari bilan, sanasi bilan</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="127"/>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="136"/>
        <source>Add the open project</source>
        <translation>Ochiq loyihani qoʻshish</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="139"/>
        <source>Open in the workspace</source>
        <translation>Ishlash uchun ochish</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="142"/>
        <source>Check the files</source>
        <translation>Fayllarni tekshirish</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="144"/>
        <source>Re-read every stored file and compare it with its SHA-256 checksum</source>
        <translation>Har bir saqlangan faylni qayta oʻqib, SHA-256 nazorat yigʻindisi bilan solishtirish</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="147"/>
        <source>Undo</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="149"/>
        <source>Redo</source>
        <translation>Qaytarish</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="157"/>
        <source>Another archive file…</source>
        <translation>Boshqa arxiv fayli…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="159"/>
        <source>Open or create another catalogue file, e.g. one shared by a team on a network folder</source>
        <translation>Boshqa katalog faylini ochish yoki yaratish, masalan, tarmoq papkasidagi jamoa umumiy fayli</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="169"/>
        <source>Every technique</source>
        <translation>Barcha texnikalar</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="184"/>
        <source>Shyrdak</source>
        <translation>Shirdak</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="184"/>
        <source>Ala-kiyiz</source>
        <translation>Ala-kigiz</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Suzani</source>
        <translation>Soʻzana</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Ikat</source>
        <translation>Abr (ikat)</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="225"/>
        <source>%1 of %2 records</source>
        <translation>%2 ta yozuvdan %1 ta</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="310"/>
        <source>Edit %1</source>
        <translation>Tahrir: %1</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="321"/>
        <location filename="../archive_browser.py" line="325"/>
        <location filename="../archive_browser.py" line="329"/>
        <source>Add a meaning</source>
        <translation>Maʼno qoʻshish</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="322"/>
        <source>What the motif means:</source>
        <translation>Naqsh maʼnosi:</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="326"/>
        <source>Who told it (informant):</source>
        <translation>Kim aytib berdi (xabar beruvchi):</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="330"/>
        <source>When (e.g. 2026-06-12 or c. 1980):</source>
        <translation>Qachon (masalan, 2026-06-12 yoki c. 1980):</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="342"/>
        <source>Add a meaning to %1</source>
        <translation>%1 uchun maʼno</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="358"/>
        <source>Open a project first.</source>
        <translation>Avval loyihani oching.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="362"/>
        <source>Save the project first: the archive keeps the saved file.</source>
        <translation>Avval loyihani saqlang: arxiv saqlangan faylni saqlaydi.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="374"/>
        <source>Added record %1</source>
        <translation>%1-yozuv qoʻshildi</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="389"/>
        <source>This record has no original photo to edit.</source>
        <translation>Bu yozuvda tahrirlash uchun asl surat yoʻq.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="392"/>
        <source>Opened record %1</source>
        <translation>%1-yozuv ochildi</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="397"/>
        <source>Archive file</source>
        <translation>Arxiv fayli</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="397"/>
        <source>Motif archives (*.sqlite)</source>
        <translation>Naqsh arxivlari (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="423"/>
        <source>All %1 stored files match their checksums.</source>
        <translation>Saqlangan barcha %1 ta fayl nazorat yigʻindilariga mos keladi.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="431"/>
        <source>%1 problems found in the archive.</source>
        <translation>Arxivda %1 ta muammo topildi.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="435"/>
        <source>%1 files checked</source>
        <translation>%1 ta fayl tekshirildi</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <location filename="../design_panel.py" line="102"/>
        <source>Colours</source>
        <translation>Ranglar</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="107"/>
        <source>Recolour the motif with threads or felts you can buy, a palette of ours, a palette file or a harmony. The light and dark order of the motif is kept.</source>
        <translation>Naqshni sotib olsa boʻladigan ip yoki kigiz ranglariga, bizning palitraga, palitra fayliga yoki rang uygʻunligiga qayta boʻyang. Naqshdagi och va toʻq ranglar tartibi saqlanadi.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="110"/>
        <source>Palette</source>
        <translation>Palitra</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="114"/>
        <source>Colours that touch stay at least this different (CIEDE2000). About 10 is easy to tell apart on felt and thread; 0 turns the check off.</source>
        <translation>Bir-biriga tegib turgan ranglar kamida shuncha farq qiladi (CIEDE2000). Taxminan 10 boʻlsa, kigiz va ipda oson ajratiladi; 0 tekshiruvni oʻchiradi.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="119"/>
        <source>Touching colours differ</source>
        <translation>Qoʻshni ranglar farqi</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="122"/>
        <source>Use at most this many colours (threads or felts); the closest colours are merged. Empty: as many as the motif has.</source>
        <translation>Koʻpi bilan shuncha rang (ip yoki kigiz) ishlatiladi; eng yaqin ranglar birlashtiriladi. “Hammasi” — naqshda nechta rang boʻlsa, shuncha.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="125"/>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="128"/>
        <source>At most</source>
        <translation>Koʻpi bilan</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="130"/>
        <source>Keep light and dark order</source>
        <translation>Och va toʻq tartibini saqlash</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="139"/>
        <source>Each colour of the motif and the colour it becomes. Double-click (or Enter) to choose another one yourself.</source>
        <translation>Naqshning har bir rangi va u qaysi rangga aylanishi. Boshqa rangni oʻzingiz tanlash uchun ikki marta bosing (yoki Enter).</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="157"/>
        <source>Normal vision</source>
        <translation>Oddiy koʻrish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="158"/>
        <source>Red-blind (protan)</source>
        <translation>Qizilni ajratmaydi (protan)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="159"/>
        <source>Green-blind (deutan)</source>
        <translation>Yashilni ajratmaydi (deytan)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="160"/>
        <source>Blue-blind (tritan)</source>
        <translation>Koʻkni ajratmaydi (tritan)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="161"/>
        <source>Greyscale print</source>
        <translation>Oq-qora chop etish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="164"/>
        <source>See the design as people with colour-vision deficiency see it, or as a black-and-white printer prints it. The design itself does not change.</source>
        <translation>Ranglarni yaxshi ajrata olmaydigan odamlar dizaynni qanday koʻrishini yoki oq-qora printer uni qanday chop etishini koʻring. Dizaynning oʻzi oʻzgarmaydi.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="176"/>
        <source>Harmony…</source>
        <translation>Uygʻunlik…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="177"/>
        <source>Make a palette from one colour: complementary, analogous, triadic…</source>
        <translation>Bitta rangdan palitra tuzish: qarama-qarshi, qoʻshni, uchta rang…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="178"/>
        <source>From image…</source>
        <translation>Rasmdan…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="179"/>
        <source>Take the colours of any picture as a palette.</source>
        <translation>Istalgan rasm ranglarini palitra sifatida olish.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="180"/>
        <source>Measure…</source>
        <translation>Oʻlchash…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="181"/>
        <source>Photograph your threads or felts beside a white card and measure their real colours.</source>
        <translation>Iplaringiz yoki kigizlaringizni oq karta yonida suratga olib, ularning haqiqiy ranglarini oʻlchang.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="183"/>
        <source>Open…</source>
        <translation>Ochish…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="184"/>
        <source>Use a GIMP (.gpl) or Adobe (.ase) palette file.</source>
        <translation>GIMP (.gpl) yoki Adobe (.ase) palitra faylidan foydalanish.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="185"/>
        <source>Save…</source>
        <translation>Saqlash…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="186"/>
        <source>Save the design&apos;s colours as a GIMP (.gpl) or Adobe (.ase) palette.</source>
        <translation>Dizayn ranglarini GIMP (.gpl) yoki Adobe (.ase) palitrasi sifatida saqlash.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="195"/>
        <source>Layout</source>
        <translation>Joylashtirish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="199"/>
        <source>The motif alone</source>
        <translation>Faqat naqshning oʻzi</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="199"/>
        <source>All-over repeat</source>
        <translation>Butun yuzaga takrorlash</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="200"/>
        <location filename="../design_panel.py" line="320"/>
        <source>Medallion</source>
        <translation>Medalyon</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="200"/>
        <source>Rug or panel</source>
        <translation>Gilam yoki panno</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="204"/>
        <source>Make</source>
        <translation>Tayyorlash</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="208"/>
        <source>Custom size</source>
        <translation>Boshqa oʻlcham</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="209"/>
        <source>Shyrdak 150 × 220 cm</source>
        <translation>Shirdak 150 × 220 sm</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="210"/>
        <source>Shyrdak 120 × 180 cm</source>
        <translation>Shirdak 120 × 180 sm</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="211"/>
        <source>Cushion 45 × 45 cm</source>
        <translation>Yostiq 45 × 45 sm</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="212"/>
        <source>Scarf 50 × 180 cm</source>
        <translation>Sharf 50 × 180 sm</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="213"/>
        <source>Suzani panel 120 × 160 cm</source>
        <translation>Soʻzana 120 × 160 sm</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="214"/>
        <source>A4 sheet</source>
        <translation>A4 varaq</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="219"/>
        <source>Size</source>
        <translation>Oʻlcham</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="239"/>
        <source>Block</source>
        <translation>Toʻgʻri qator</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="239"/>
        <source>Half-drop</source>
        <translation>Yarimga pastga surilgan</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="240"/>
        <source>Half-brick</source>
        <translation>Gʻishtsimon, yarimga surilgan</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="240"/>
        <source>Brick</source>
        <translation>Gʻishtsimon</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="241"/>
        <source>Mirror</source>
        <translation>Koʻzgusimon</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="246"/>
        <source>Symmetry group %1</source>
        <translation>%1 simmetriya guruhi</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="248"/>
        <source>How the copies repeat: the textile repeats designers know, or any of the 17 symmetry groups of the plane (p1 … p6m).</source>
        <translation>Nusxalar qanday takrorlanadi: toʻqimachilikda maʼlum takrorlash usullari yoki tekislikning 17 ta simmetriya guruhidan istalgani (p1 … p6m).</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="252"/>
        <location filename="../design_panel.py" line="320"/>
        <source>Repeat</source>
        <translation>Takrorlanuvchi naqsh</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="254"/>
        <source>The width of one motif. Empty: the size it was traced at.</source>
        <translation>Bitta naqshning eni. Boʻsh boʻlsa — vektorlashtirilgandagi oʻlchami.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="256"/>
        <source>Traced size</source>
        <translation>Asl oʻlcham</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="259"/>
        <source>Motif width</source>
        <translation>Naqsh eni</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="260"/>
        <source>The gap between copies.</source>
        <translation>Nusxalar orasidagi masofa.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="264"/>
        <source>Spacing</source>
        <translation>Oraliq</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="265"/>
        <source>Turn the whole repeat.</source>
        <translation>Butun takrorlanuvchi naqshni burish.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="269"/>
        <source>Turn</source>
        <translation>Burish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="271"/>
        <source>How far each row of a brick repeat is shifted, as a share of the motif width.</source>
        <translation>Gʻishtsimon takrorlashda har bir qator qancha surilishi — naqsh enining foizida.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="275"/>
        <source>Row shift</source>
        <translation>Qator surilishi</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="284"/>
        <source>How many copies turn round the centre.</source>
        <translation>Markaz atrofida nechta nusxa aylanib turadi.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="288"/>
        <source>Copies</source>
        <translation>Nusxalar soni</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="289"/>
        <source>Mirror each copy</source>
        <translation>Nusxalarni koʻzgusimon qilish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="292"/>
        <source>Dihedral symmetry: each copy is mirrored about its centre line, like most shyrdak and suzani rosettes.</source>
        <translation>Koʻzgu simmetriyasi: har bir nusxa oʻz oʻrta chizigʻiga nisbatan koʻzgudagidek aks etadi — koʻpchilik shirdak va soʻzana gullaridagi kabi.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="298"/>
        <source>Diameter as a share of the field&apos;s shorter side.</source>
        <translation>Diametr — oʻrta qismning qisqa tomoniga nisbatan foizda.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="302"/>
        <source>Diameter</source>
        <translation>Diametr</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="304"/>
        <source>The empty centre, as a share of the radius.</source>
        <translation>Markazdagi boʻsh joy — radiusga nisbatan foizda.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="308"/>
        <source>Open centre</source>
        <translation>Boʻsh markaz</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="321"/>
        <source>Plain ground</source>
        <translation>Bir rangli fon</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="325"/>
        <source>Field</source>
        <translation>Oʻrta qism</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="326"/>
        <source>Quarter medallions in the corners</source>
        <translation>Burchaklarda chorak medalyonlar</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="333"/>
        <source>Borders, outside first</source>
        <translation>Hoshiyalar, tashqarisidan boshlab</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="337"/>
        <source>Add a border inside the others</source>
        <translation>Boshqalarining ichiga hoshiya qoʻshish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="342"/>
        <source>Remove the selected border</source>
        <translation>Tanlangan hoshiyani olib tashlash</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="358"/>
        <source>Hop: the motif repeated (p111)</source>
        <translation>Naqsh oddiy takrorlanadi (p111)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="359"/>
        <source>Sidle: mirrored side to side (p1m1)</source>
        <translation>Chapga-oʻngga koʻzgusimon (p1m1)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="360"/>
        <source>Jump: mirrored across the band (p11m)</source>
        <translation>Tasma oʻrtasidan koʻzgusimon (p11m)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="361"/>
        <source>Step: flipped every other copy (p11g)</source>
        <translation>Har ikkinchisi agʻdarilgan (p11g)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="362"/>
        <source>Spinning hop: half-turned copies (p211)</source>
        <translation>Yarim aylantirilgan nusxalar (p211)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="363"/>
        <source>Spinning sidle (p2mg)</source>
        <translation>Koʻzgusimon va aylantirilgan (p2mg)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="364"/>
        <source>Spinning jump: all mirrors (p2mm)</source>
        <translation>Har tomonlama koʻzgusimon (p2mm)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="367"/>
        <source>Pattern</source>
        <translation>Takrorlash turi</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="371"/>
        <source>Width</source>
        <translation>Eni</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="374"/>
        <source>Mitred at 45°</source>
        <translation>45° qiya ulangan</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="375"/>
        <source>A motif in each corner</source>
        <translation>Har bir burchakda naqsh</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="377"/>
        <source>Corners</source>
        <translation>Burchaklar</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="379"/>
        <source>Plain ground between this border and the next one inside.</source>
        <translation>Bu hoshiya bilan ichkaridagi keyingi hoshiya orasidagi boʻsh fon.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="382"/>
        <source>Gap inside</source>
        <translation>Ichki oraliq</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="392"/>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="392"/>
        <source>Swap everywhere</source>
        <translation>Hamma joyda</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="393"/>
        <source>Every other copy</source>
        <translation>Har ikkinchi nusxada</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="396"/>
        <source>Counterchange two colours, as in a shyrdak cut from two felts: the positive and negative pieces.</source>
        <translation>Ikki rang oʻrin almashadi — ikki kigizdan kesilgan shirdakdagi kabi: bir xil boʻlaklardan toʻgʻri va teskari naqsh chiqadi.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="400"/>
        <source>Counterchange</source>
        <translation>Ranglarni almashtirish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="409"/>
        <source>Swap</source>
        <translation>Almashtirish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="414"/>
        <source>The ground between the copies. Automatic: the motif&apos;s largest colour.</source>
        <translation>Nusxalar orasidagi fon. “Avtomatik” — naqshda eng koʻp joy egallagan rang.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="416"/>
        <source>Ground</source>
        <translation>Fon</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="423"/>
        <source>Symmetry repair</source>
        <translation>Simmetriyani tuzatish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="425"/>
        <source>Old textiles are rarely perfectly symmetric. Find the motif&apos;s symmetry and, if you wish, make its copies agree; the photo and the undo history keep the original.</source>
        <translation>Eski buyumlar kamdan-kam hollarda toʻliq simmetrik boʻladi. Naqsh simmetriyasini toping va xohlasangiz, uning takrorlanuvchi qismlarini bir xil qiling; surat va amallar tarixi aslini saqlab qoladi.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="431"/>
        <source>Find symmetry</source>
        <translation>Simmetriyani topish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="434"/>
        <source>Make symmetric</source>
        <translation>Simmetrik qilish</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="450"/>
        <source>Traced colours</source>
        <translation>Asl ranglar</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="451"/>
        <source>threads</source>
        <translation>iplar</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="451"/>
        <source>modern</source>
        <translation>zamonaviy</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="452"/>
        <source>natural dyes</source>
        <translation>tabiiy boʻyoqlar</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="452"/>
        <source>mine</source>
        <translation>meniki</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="458"/>
        <source>%1 (this project)</source>
        <translation>%1 (shu loyiha)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="503"/>
        <source>%1. %2, %3 mm</source>
        <translation>%1. %2, %3 mm</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="519"/>
        <source>%1 × %2 cm, %3 copies of the motif</source>
        <translation>%1 × %2 sm, naqshning %3 ta nusxasi</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="546"/>
        <source>Was %1, now %2</source>
        <translation>Avval %1, endi %2</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="570"/>
        <location filename="../design_panel.py" line="671"/>
        <source>Automatic</source>
        <translation>Avtomatik</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="620"/>
        <source>Seen this way, the closest touching colours differ by ΔE %1%2</source>
        <translation>Shunday koʻrinishda eng yaqin qoʻshni ranglar farqi ΔE %1%2</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="622"/>
        <source>: hard to tell apart.</source>
        <translation>: ajratish qiyin.</translation>
    </message>
</context>
<context>
    <name>DesignStep</name>
    <message>
        <location filename="../design_step.py" line="107"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="132"/>
        <source>Open a palette</source>
        <translation>Palitrani ochish</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="134"/>
        <source>Palettes (*.gpl *.ase)</source>
        <translation>Palitralar (*.gpl *.ase)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="149"/>
        <source>Take the colours of an image</source>
        <translation>Rasm ranglarini olish</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="150"/>
        <location filename="../design_step.py" line="167"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>Rasmlar (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="166"/>
        <source>A photo of threads or felts beside a white card</source>
        <translation>Oq karta yonidagi iplar yoki kigizlar surati</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="185"/>
        <source>Measured %1 colours; kept in %2</source>
        <translation>%1 ta rang oʻlchandi; saqlangan joyi: %2</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="205"/>
        <source>Save the colours</source>
        <translation>Ranglarni saqlash</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="213"/>
        <source>Saved %1</source>
        <translation>%1 saqlandi</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="217"/>
        <source>Automatic (the motif&apos;s largest colour)</source>
        <translation>Avtomatik (naqshda eng koʻp rang)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="218"/>
        <source>Choose a colour…</source>
        <translation>Rang tanlash…</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="225"/>
        <source>Ground colour</source>
        <translation>Fon rangi</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="240"/>
        <source>mirrored left to right</source>
        <translation>chapdan oʻngga koʻzgusimon</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="241"/>
        <source>mirrored top to bottom</source>
        <translation>yuqoridan pastga koʻzgusimon</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="242"/>
        <source>the same after a half turn</source>
        <translation>yarim aylantirilganda oʻzgarmaydi</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="243"/>
        <source>mirrored both ways</source>
        <translation>ikki tomonga koʻzgusimon</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="244"/>
        <source>the same after a quarter turn</source>
        <translation>chorak aylantirilganda oʻzgarmaydi</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="245"/>
        <source>mirrored both ways and on the diagonals</source>
        <translation>ikki tomonga va diagonallar boʻyicha koʻzgusimon</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="249"/>
        <source>No clear symmetry found.</source>
        <translation>Aniq simmetriya topilmadi.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="251"/>
        <source>Closest: %1, %2 % of the motif agrees.</source>
        <translation>Eng yaqini: %1, naqshning %2 % mos keladi.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="260"/>
        <source>The motif is %1: %2 % of it already agrees. “Make symmetric” gives each part the colour most of its copies have.</source>
        <translation>Naqsh %1: uning %2 % allaqachon mos keladi. “Simmetrik qilish” har bir qismga uning nusxalarining koʻpchiligidagi rangni beradi.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="271"/>
        <source>Made symmetric. Undo (Ctrl+Z) brings back the original shapes.</source>
        <translation>Simmetrik qilindi. “Ortga qaytarish” (Ctrl+Z) asl shakllarni qaytaradi.</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <location filename="../edit_text.py" line="24"/>
        <location filename="../edit_text.py" line="111"/>
        <source>Layout</source>
        <translation>Joylashtirish</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="25"/>
        <source>Size</source>
        <translation>Oʻlcham</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="26"/>
        <source>Field</source>
        <translation>Oʻrta qism</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="27"/>
        <source>Corner medallions</source>
        <translation>Burchak medalyonlari</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="28"/>
        <source>Counterchange</source>
        <translation>Ranglarni almashtirish</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="29"/>
        <source>Ground colour</source>
        <translation>Fon rangi</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="30"/>
        <source>Repeat</source>
        <translation>Takrorlanuvchi naqsh</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="31"/>
        <source>Motif width</source>
        <translation>Naqsh eni</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="32"/>
        <source>Spacing</source>
        <translation>Oraliq</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="33"/>
        <source>Turn</source>
        <translation>Burish</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="34"/>
        <source>Row shift</source>
        <translation>Qator surilishi</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="35"/>
        <source>Medallion copies</source>
        <translation>Medalyon nusxalari</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="36"/>
        <source>Mirrored copies</source>
        <translation>Koʻzgusimon nusxalar</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="37"/>
        <source>Medallion size</source>
        <translation>Medalyon oʻlchami</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="38"/>
        <source>Open centre</source>
        <translation>Boʻsh markaz</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="39"/>
        <source>Touching colours differ</source>
        <translation>Qoʻshni ranglar farqi</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="40"/>
        <source>At most</source>
        <translation>Eng koʻp rang</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="41"/>
        <source>Keep light and dark order</source>
        <translation>Och va toʻq tartibi</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="42"/>
        <source>Chosen colour</source>
        <translation>Tanlangan rang</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="50"/>
        <source>the motif alone</source>
        <translation>faqat naqshning oʻzi</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="51"/>
        <source>repeat</source>
        <translation>takrorlanuvchi naqsh</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="52"/>
        <source>medallion</source>
        <translation>medalyon</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="53"/>
        <source>rug</source>
        <translation>gilam</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="54"/>
        <source>plain ground</source>
        <translation>bir rangli fon</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="55"/>
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="56"/>
        <source>everywhere</source>
        <translation>hamma joyda</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="57"/>
        <source>every other copy</source>
        <translation>har ikkinchi nusxada</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="58"/>
        <location filename="../edit_text.py" line="65"/>
        <source>Auto</source>
        <translation>Avto</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="67"/>
        <source>on</source>
        <translation>yoqilgan</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="67"/>
        <source>off</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="71"/>
        <source>set</source>
        <translation>belgilangan</translation>
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
        <translation>Tayyor sozlama %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="92"/>
        <source>Pin colour %1</source>
        <translation>%1 rangini mahkamlash</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="94"/>
        <source>Unpin colour %1</source>
        <translation>%1 rangini boʻshatish</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="96"/>
        <source>Edit details</source>
        <translation>Maʼlumotlarni tahrirlash</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="107"/>
        <source>Borders</source>
        <translation>Hoshiyalar</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="109"/>
        <source>Colours to swap</source>
        <translation>Almashadigan ranglar</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="113"/>
        <source>Palette %1</source>
        <translation>Palitra %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="115"/>
        <source>Make symmetric</source>
        <translation>Simmetrik qilish</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="100"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="162"/>
        <source>Export…</source>
        <translation>Eksport qilish…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177"/>
        <source>Print and pictures</source>
        <translation>Chop etish va rasmlar</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177"/>
        <source>Felt</source>
        <translation>Kigiz</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Silk and screen printing</source>
        <translation>Ipak va shelkografiya</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179"/>
        <source>Machine embroidery</source>
        <translation>Mashina kashtasi</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179"/>
        <source>Hand embroidery</source>
        <translation>Qoʻl kashtasi</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="180"/>
        <source>Selling and costing</source>
        <translation>Sotish va tannarx hisobi</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="221"/>
        <source>This format has no options.</source>
        <translation>Bu formatning sozlamalari yoʻq.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="236"/>
        <source>Making the preview…</source>
        <translation>Oldindan koʻrish tayyorlanmoqda…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="271"/>
        <source>No preview for this format.</source>
        <translation>Bu format uchun oldindan koʻrish yoʻq.</translation>
    </message>
</context>
<context>
    <name>HarmonyDialog</name>
    <message>
        <location filename="../harmony_dialog.py" line="26"/>
        <source>Colour harmony</source>
        <translation>Rang uygʻunligi</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="36"/>
        <location filename="../harmony_dialog.py" line="76"/>
        <source>Base colour</source>
        <translation>Asosiy rang</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="39"/>
        <source>Complementary</source>
        <translation>Qarama-qarshi</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="39"/>
        <source>Analogous</source>
        <translation>Qoʻshni</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="40"/>
        <source>Triadic</source>
        <translation>Uch rang (triada)</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="40"/>
        <source>Split complementary</source>
        <translation>Qarama-qarshining qoʻshnilari</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="41"/>
        <source>Tetradic</source>
        <translation>Ikki qarama-qarshi juft</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="41"/>
        <source>Monochromatic</source>
        <translation>Bir rangning tuslari</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="45"/>
        <source>Harmony</source>
        <translation>Uygʻunlik</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="51"/>
        <source>Colours</source>
        <translation>Ranglar</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="57"/>
        <source>Regenerate unlocked</source>
        <translation>Mahkamlanmaganlarni yangilash</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="59"/>
        <source>Keep the locked colours, vary the others</source>
        <translation>Mahkamlangan ranglar qoladi, qolganlari oʻzgaradi</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="63"/>
        <source>Use as palette</source>
        <translation>Palitra sifatida olish</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="122"/>
        <source>Lock</source>
        <translation>Mahkamlash</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="133"/>
        <source>Harmony: %1</source>
        <translation>Uygʻunlik: %1</translation>
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
        <translation>Bosqichlar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Opened</source>
        <translation>Ochilgan holat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>History</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Open &amp;Photo…</source>
        <translation>Suratni &amp;ochish…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Open a photo or scan of a motif</source>
        <translation>Naqsh surati yoki skanini ochish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Open P&amp;roject…</source>
        <translation>&amp;Loyihani ochish…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>Open a saved .motif project</source>
        <translation>Saqlangan .motif loyihasini ochish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Save the project</source>
        <translation>Loyihani saqlash</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Save &amp;As…</source>
        <translation>&amp;Boshqa nom bilan saqlash…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Save the project under a new name</source>
        <translation>Loyihani yangi nom bilan saqlash</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>&amp;Export SVG…</source>
        <translation>SVG sifatida &amp;eksport qilish…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>Export the vector motif at real size</source>
        <translation>Vektor naqshni haqiqiy oʻlchamda eksport qilish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>E&amp;xport for Production…</source>
        <translation>&amp;Ishlab chiqarish uchun eksport qilish…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>Print at 1:1, cut templates, binding plans, stitch files, charts, pictures</source>
        <translation>1:1 chop etish, kesish andozalari, bogʻlash rejalari, kashta mashinasi fayllari, sxemalar, rasmlar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Arxiv…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>The motif catalogue: search, details, checksums</source>
        <translation>Naqshlar katalogi: qidiruv, maʼlumotlar, nazorat yigʻindilari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>&amp;Close</source>
        <translation>&amp;Yopish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ortga qaytarish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>&amp;Redo</source>
        <translation>&amp;Qayta bajarish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Sozlamalar…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Kattalashtirish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Zoom &amp;Out</source>
        <translation>Ki&amp;chraytirish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Oynaga moslash</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>&amp;Actual Pixels (100%)</source>
        <translation>&amp;Haqiqiy piksellar (100%)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Photo</source>
        <translation>&amp;Surat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Cleaned</source>
        <translation>&amp;Tozalangan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>Colour &amp;Regions</source>
        <translation>&amp;Rang hududlari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;Vector</source>
        <translation>&amp;Vektor</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Vector &amp;over Photo</source>
        <translation>Vektor surat &amp;ustida</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <location filename="../main_window.py" line="200"/>
        <location filename="../main_window.py" line="499"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Stop the work in progress</source>
        <translation>Bajarilayotgan ishni toʻxtatish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>&amp;About Motif Studio</source>
        <translation>Motif Studio &amp;haqida</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>&amp;Tour</source>
        <translation>&amp;Tanishuv</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Jurnallar jildini ochish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>Open &amp;Recent</source>
        <translation>Soʻ&amp;nggi loyihalar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Tahrirlash</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Koʻrinish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>Main</source>
        <translation>Asosiy</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>Cancelled</source>
        <translation>Bekor qilindi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="253"/>
        <location filename="../main_window.py" line="255"/>
        <source>Zoom %1%</source>
        <translation>Masshtab %1%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="267"/>
        <source>Change colour</source>
        <translation>Rangni oʻzgartirish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>Merge colours</source>
        <translation>Ranglarni birlashtirish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Split colour</source>
        <translation>Rangni ajratish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Open a photo of a motif</source>
        <translation>Naqsh suratini ochish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Rasmlar (%1);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>Open a project</source>
        <translation>Loyihani ochish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <location filename="../main_window.py" line="386"/>
        <source>Motif projects (*.motif)</source>
        <translation>Naqsh loyihalari (*.motif)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>Opening %1…</source>
        <translation>%1 ochilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <location filename="../main_window.py" line="391"/>
        <source>Saving…</source>
        <translation>Saqlanmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385"/>
        <source>Save project</source>
        <translation>Loyihani saqlash</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Export SVG</source>
        <translation>SVG sifatida eksport qilish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG chizmalar (*.svg)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <location filename="../main_window.py" line="480"/>
        <source>Exporting…</source>
        <translation>Eksport qilinmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>Nothing to export yet</source>
        <translation>Hozircha eksport qilinadigan narsa yoʻq</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>The motif is still being traced, or its design has a problem shown in the Design step.</source>
        <translation>Naqsh hali vektorlashtirilmoqda yoki uning dizaynida “Dizayn” bosqichida koʻrsatilgan muammo bor.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Export design</source>
        <translation>Dizaynni eksport qilish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>%1 files (*%2)</source>
        <translation>%1 fayllari (*%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>“%1” yopilishidan oldin oʻzgarishlar saqlansinmi?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542"/>
        <location filename="../main_window.py" line="890"/>
        <source>Untitled</source>
        <translation>Nomsiz</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="612"/>
        <source>Brush</source>
        <translation>Moʻyqalam</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="617"/>
        <source>Fill</source>
        <translation>Toʻldirish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="641"/>
        <source>No corners found</source>
        <translation>Burchaklar topilmadi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>The textile does not stand out clearly from its background. Drag the four corners by hand instead.</source>
        <translation>Mato fonidan aniq ajralib turmaydi. Toʻrt burchakni oʻzingiz qoʻlda surib joylang.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="670"/>
        <source>Region of colour %1 selected</source>
        <translation>Hudud tanlandi, rangi: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="695"/>
        <source>Recolour region</source>
        <translation>Hududni qayta boʻyash</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="716"/>
        <source>Merge region</source>
        <translation>Hududni birlashtirish</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="744"/>
        <source>Drag the four corners onto the corners of the textile.</source>
        <translation>Toʻrt burchakni matoning burchaklariga surib qoʻying.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="745"/>
        <source>Drag the frame around the part to keep.</source>
        <translation>Ramkani qoldiriladigan qism atrofiga surib qoʻying.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="746"/>
        <source>Click something that should be white or grey.</source>
        <translation>Oq yoki kulrang boʻlishi kerak boʻlgan joyni bosing.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="747"/>
        <source>Click a region to select it.</source>
        <translation>Hududni tanlash uchun ustiga bosing.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="748"/>
        <source>Paint over the regions to correct them.</source>
        <translation>Hududlarni tuzatish uchun ustidan boʻyang.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="749"/>
        <source>Click a region to fill it with the chosen colour.</source>
        <translation>Hududni tanlangan rang bilan toʻldirish uchun ustiga bosing.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489"/>
        <location filename="../main_window.py" line="776"/>
        <source>x %1 mm  y %2 mm</source>
        <translation>x %1 mm  y %2 mm</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="779"/>
        <source>x %1 px  y %2 px</source>
        <translation>x %1 px  y %2 px</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="799"/>
        <source>, %1 lines</source>
        <translation>, %1 ta chiziq</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="800"/>
        <source>%1 colours, %2 regions%3, %4 curve segments</source>
        <translation>%1 ta rang, %2 ta hudud%3, %4 ta egri chiziq boʻlagi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="804"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="807"/>
        <source>%1 corrections no longer apply after the colours changed</source>
        <translation>Ranglar oʻzgargani uchun %1 ta tuzatish endi qoʻllanmaydi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="830"/>
        <source>Saved %1</source>
        <translation>%1 saqlandi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="832"/>
        <source>Exported %1</source>
        <translation>%1 eksport qilindi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="853"/>
        <source>Reading the photo…</source>
        <translation>Surat oʻqilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="854"/>
        <source>Reading the project…</source>
        <translation>Loyiha oʻqilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="855"/>
        <source>Cleaning up…</source>
        <translation>Tozalanmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="856"/>
        <source>Finding colours…</source>
        <translation>Ranglar aniqlanmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="857"/>
        <source>Tracing…</source>
        <translation>Vektorga oʻtkazilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="858"/>
        <source>Finding boundaries…</source>
        <translation>Chegaralar aniqlanmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="859"/>
        <source>Fitting curves…</source>
        <translation>Egri chiziqlar moslashtirilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="860"/>
        <source>Checking the shapes…</source>
        <translation>Shakllar tekshirilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="861"/>
        <source>Finding the corners…</source>
        <translation>Burchaklar qidirilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="862"/>
        <source>Working…</source>
        <translation>Bajarilmoqda…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="898"/>
        <source>No recent projects</source>
        <translation>Soʻnggi loyihalar yoʻq</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../measure_dialog.py" line="92"/>
        <source>Measure threads or felts</source>
        <translation>Ip yoki kigizlarni oʻlchash</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="114"/>
        <source>White card</source>
        <translation>Oq karta</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="115"/>
        <source>18 % grey card</source>
        <translation>18 % kulrang karta</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="116"/>
        <source>Reference</source>
        <translation>Etalon</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="118"/>
        <source>Swatches (double-click to rename)</source>
        <translation>Namunalar (nomini oʻzgartirish uchun ikki marta bosing)</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="122"/>
        <source>Start again</source>
        <translation>Qaytadan boshlash</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="132"/>
        <source>Make palette</source>
        <translation>Palitra tuzish</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="148"/>
        <source>reference</source>
        <translation>etalon</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="150"/>
        <source>Swatch %1</source>
        <translation>Namuna %1</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="171"/>
        <source>1. Drag a box on the white or grey card.</source>
        <translation>1. Oq yoki kulrang karta ustida toʻrtburchak chizing.</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="173"/>
        <source>2. Drag a box on each thread or felt. Then press “Make palette”.</source>
        <translation>2. Har bir ip yoki kigiz ustida toʻrtburchak chizing. Soʻng “Palitra tuzish” tugmasini bosing.</translation>
    </message>
</context>
<context>
    <name>MotifCanvas</name>
    <message>
        <location filename="../canvas.py" line="72"/>
        <source>Motif canvas</source>
        <extracomment>Files the canvas accepts by drag and drop (lower case).</extracomment>
        <translation>Naqsh maydoni</translation>
    </message>
</context>
<context>
    <name>PalettePanel</name>
    <message>
        <location filename="../palette_panel.py" line="162"/>
        <source>Colours:</source>
        <translation>Ranglar:</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="169"/>
        <source>Auto</source>
        <translation>Avto</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="170"/>
        <source>Number of colours</source>
        <translation>Ranglar soni</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="171"/>
        <source>How many colours to find in the photo. Auto suggests a number; type a number to get exactly that many.</source>
        <translation>Suratda nechta rang topilsin. “Avto” sonni oʻzi taklif qiladi; aynan shuncha rang olish uchun sonni kiriting.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="189"/>
        <source>Palette colours</source>
        <translation>Palitra ranglari</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="200"/>
        <source>The colours appear here once the photo is split into colours.</source>
        <translation>Surat ranglarga ajratilgach, ranglar shu yerda koʻrinadi.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="207"/>
        <source>Change colour…</source>
        <translation>Rangni oʻzgartirish…</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="209"/>
        <source>Pick a new colour for the selected colour</source>
        <translation>Tanlangan rang oʻrniga yangi rang tanlang</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="211"/>
        <location filename="../palette_panel.py" line="404"/>
        <source>Pin</source>
        <translation>Mahkamlash</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="213"/>
        <source>Merge</source>
        <translation>Birlashtirish</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="215"/>
        <source>Split in two</source>
        <translation>Ikkiga ajratish</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="216"/>
        <source>Separate the selected colour into two colours</source>
        <translation>Tanlangan rangni ikki rangga ajratish</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="261"/>
        <source>pinned</source>
        <translation>mahkamlangan</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="344"/>
        <source>Change colour %1</source>
        <translation>Rangni oʻzgartirish: %1</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="395"/>
        <source>%1 found</source>
        <translation>%1 ta topildi</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="404"/>
        <source>Unpin</source>
        <translation>Boʻshatish</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="406"/>
        <source>Let this colour change again when the colours are found again</source>
        <translation>Ranglar qayta aniqlanganda bu rang yana oʻzgarishi mumkin boʻlsin</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="407"/>
        <source>Keep this colour exactly when the colours are found again</source>
        <translation>Ranglar qayta aniqlanganda bu rang aynan saqlab qolinsin</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="411"/>
        <source>Merge %1 into %2</source>
        <translation>%1 rangini %2 rangiga birlashtirish</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="415"/>
        <source>Select a colour, then Ctrl-click the colour to merge it into</source>
        <translation>Rangni tanlang, soʻng Ctrl tugmasini bosib turib, u qoʻshiladigan rangni bosing</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="417"/>
        <source>Ctrl-click a second colour to merge the first into it.</source>
        <translation>Birinchi rangni ikkinchisiga birlashtirish uchun Ctrl tugmasini bosib turib, ikkinchi rangni bosing.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="419"/>
        <source>Click a colour to change, pin or split it.</source>
        <translation>Rangni oʻzgartirish, mahkamlash yoki ajratish uchun ustiga bosing.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../param_form.py" line="384"/>
        <source>Off</source>
        <translation>Oʻchiq</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="385"/>
        <source>Automatic</source>
        <translation>Avtomatik</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="386"/>
        <source>From the picked white point</source>
        <translation>Tanlangan oq nuqta boʻyicha</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="387"/>
        <source>Median (keeps edges, fast)</source>
        <translation>Median (chetlarni saqlaydi, tez)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="388"/>
        <source>Bilateral (keeps fine detail)</source>
        <translation>Bilateral (mayda tafsilotlarni saqlaydi)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="389"/>
        <source>Total variation (smoothest)</source>
        <translation>Toʻliq variatsiya (eng silliq)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="390"/>
        <source>Full resolution (slower)</source>
        <translation>Toʻliq aniqlik (sekinroq)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="391"/>
        <source>Colour regions</source>
        <translation>Rang hududlari</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="392"/>
        <source>Regions and centre lines</source>
        <translation>Hududlar va markaziy chiziqlar</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="393"/>
        <location filename="../param_form.py" line="426"/>
        <source>pixels</source>
        <translation>piksel</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="394"/>
        <source>square millimetres</source>
        <translation>kvadrat millimetr</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="396"/>
        <source>Portrait</source>
        <translation>Kitob shaklida</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="397"/>
        <source>Landscape</source>
        <translation>Albom shaklida</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="398"/>
        <source>One chart for all baths</source>
        <translation>Barcha vannalar uchun bitta sxema</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="399"/>
        <source>A chart per bath</source>
        <translation>Har bir vanna uchun sxema</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="400"/>
        <source>Down the design</source>
        <translation>Naqsh boʻylab yuqoridan pastga</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="401"/>
        <source>Across the design</source>
        <translation>Naqshning koʻndalangiga</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="402"/>
        <source>Symbols on colour</source>
        <translation>Rang ustida belgilar</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="403"/>
        <source>Symbols only</source>
        <translation>Faqat belgilar</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="404"/>
        <source>Overdye (tie once)</source>
        <translation>Ustidan boʻyash (bir marta bogʻlash)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="405"/>
        <source>One bath per cell</source>
        <translation>Har bir katakka bitta vanna</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="406"/>
        <source>Print it</source>
        <translation>Bosish</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="407"/>
        <source>Stitch it</source>
        <translation>Tikish</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="408"/>
        <source>Leave the fabric bare</source>
        <translation>Matoni ochiq qoldirish</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="409"/>
        <source>None</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="410"/>
        <source>Running stitch</source>
        <translation>Oddiy chok</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="411"/>
        <source>Bean stitch</source>
        <translation>Uch qavat chok</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="412"/>
        <source>Felt rug</source>
        <translation>Kigiz gilam</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="413"/>
        <source>Cushion</source>
        <translation>Yostiq</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="414"/>
        <source>Scarf</source>
        <translation>Sharf</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="415"/>
        <source>Square 1080 × 1080</source>
        <translation>Kvadrat 1080 × 1080</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="416"/>
        <source>Shyrdak</source>
        <translation>Shirdak</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="417"/>
        <source>Ala-kiyiz</source>
        <translation>Ala-kigiz</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="418"/>
        <source>Machine embroidery</source>
        <translation>Mashina kashtasi</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="419"/>
        <source>Cross-stitch</source>
        <translation>Krestik kashta</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="425"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="427"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="428"/>
        <source>mm²</source>
        <translation>mm²</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="429"/>
        <source>MP</source>
        <translation>MP</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="432"/>
        <source>cm</source>
        <translation>sm</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="433"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="434"/>
        <source>h</source>
        <translation>soat</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="435"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="436"/>
        <source>per m²</source>
        <translation>m² uchun</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="437"/>
        <source>per m</source>
        <translation>m uchun</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="438"/>
        <source>per kg</source>
        <translation>kg uchun</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="439"/>
        <source>per skein</source>
        <translation>kalava uchun</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="440"/>
        <source>squares/inch</source>
        <translation>katak/dyuym</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="441"/>
        <source>g/m²</source>
        <translation>g/m²</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="465"/>
        <location filename="../param_form.py" line="470"/>
        <source>More options</source>
        <translation>Qoʻshimcha sozlamalar</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="471"/>
        <source>Show or hide the less common settings</source>
        <translation>Kamroq ishlatiladigan sozlamalarni koʻrsatish yoki yashirish</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="543"/>
        <location filename="../param_form.py" line="568"/>
        <source>Auto</source>
        <translation>Avto</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences.py" line="320"/>
        <source>Preferences</source>
        <extracomment>Language choices; ``&quot;system&quot;`` follows the computer&apos;s language. Each language in its own words (never translated). The autosave periods offered in the dialog.</extracomment>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="321"/>
        <source>Language:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="322"/>
        <source>Same as the computer</source>
        <translation>Kompyuterdagi kabi</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="323"/>
        <source>The language changes at once, no restart needed.</source>
        <translation>Til darhol oʻzgaradi, dasturni qayta ishga tushirish shart emas.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="324"/>
        <source>Autosave:</source>
        <translation>Avtosaqlash:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="326"/>
        <source>Unsaved work is kept safe at this interval. If Motif Studio closes unexpectedly, it offers the work back next time.</source>
        <translation>Saqlanmagan ish shu oraliqda ehtiyot uchun saqlab boriladi. Agar Motif Studio kutilmaganda yopilib qolsa, keyingi safar ishni tiklashni taklif qiladi.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="328"/>
        <source>Panels:</source>
        <translation>Panellar:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="329"/>
        <source>Show advanced options</source>
        <translation>Kengaytirilgan sozlamalarni koʻrsatish</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="330"/>
        <source>Data folder:</source>
        <translation>Maʼlumotlar jildi:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="331"/>
        <source>Logs, settings and recovered work are kept in {path}</source>
        <translation>Jurnallar, sozlamalar va tiklangan ishlar shu jildda saqlanadi: {path}</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="333"/>
        <source>Open folder</source>
        <translation>Jildni ochish</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="345"/>
        <source>Every minute</source>
        <translation>Har daqiqada</translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="348"/>
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Har %n daqiqada</numerusform>
            <numerusform>Har %n daqiqada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="349"/>
        <source>Every %n seconds</source>
        <translation>
            <numerusform>Har %n soniyada</numerusform>
            <numerusform>Har %n soniyada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../recovery.py" line="616"/>
        <source>Recover unsaved work</source>
        <translation>Saqlanmagan ishni tiklash</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="617"/>
        <source>Motif Studio closed unexpectedly.</source>
        <translation>Motif Studio kutilmaganda yopilib qoldi.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="619"/>
        <source>Recover your unsaved work? Tick what you want to keep. “Later” keeps it safe and asks again next time.</source>
        <translation>Saqlanmagan ishingiz tiklansinmi? Saqlab qolmoqchi boʻlganlaringizni belgilang. “Keyinroq” tugmasi ularni saqlab turadi va keyingi safar yana soʻraydi.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="621"/>
        <source>Recover</source>
        <translation>Tiklash</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="622"/>
        <source>Discard</source>
        <translation>Oʻchirib tashlash</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="623"/>
        <source>Later</source>
        <translation>Keyinroq</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="667"/>
        <source>Untitled motif</source>
        <translation>Nomsiz naqsh</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="670"/>
        <source>Autosaved {time}</source>
        <translation>Avtosaqlangan: {time}</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="671"/>
        <source>Project: {path}</source>
        <translation>Loyiha: {path}</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="672"/>
        <source>Not yet saved as a project</source>
        <translation>Hali loyiha sifatida saqlanmagan</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="702"/>
        <source>Discard unsaved work?</source>
        <translation>Saqlanmagan ish oʻchirib tashlansinmi?</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="703"/>
        <source>The ticked work will be deleted. This cannot be undone.</source>
        <translation>Belgilangan ishlar oʻchiriladi. Buni ortga qaytarib boʻlmaydi.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="70"/>
        <source>Ram&apos;s horn (shyrdak)</source>
        <translation>Qoʻchqor shoxi (shirdak)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="71"/>
        <source>Kyrgyz mosaic felt in two colours, photographed with a phone on a table.</source>
        <translation>Ikki rangli qirgʻiz mozaik kigizi, stol ustida telefonda suratga olingan.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="74"/>
        <source>Suzani rosette</source>
        <translation>Soʻzana guli</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="75"/>
        <source>Uzbek embroidery in five colours on cotton.</source>
        <translation>Paxta matoga besh rangda tikilgan oʻzbek kashtasi.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="78"/>
        <source>Ikat band</source>
        <translation>Abr (ikat) tasmasi</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="79"/>
        <source>Silk ikat (abr) with feathered edges, five colours.</source>
        <translation>Chetlari patsimon xira, besh rangli ipak abr (ikat).</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="82"/>
        <source>Tulip outline (line art)</source>
        <translation>Lola konturi (chiziqli rasm)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="83"/>
        <source>Clean line art for tracing centre lines.</source>
        <translation>Markaziy chiziqlarni chizib olish uchun toza chiziqli rasm.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="269"/>
        <source>Remove from this list</source>
        <translation>Roʻyxatdan olib tashlash</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="642"/>
        <source>Motif Studio</source>
        <translation>Motif Studio</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="644"/>
        <source>Turn a photo of a felt, an embroidery or an ikat into clean colour shapes — ready to recolour, repeat and print.</source>
        <translation>Kigiz, kashta yoki abr suratini toza rangli shakllarga aylantiring — qayta boʻyash, takrorlash va chop etishga tayyor.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="646"/>
        <source>Open photo…</source>
        <translation>Suratni ochish…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="647"/>
        <source>Start from a photo or scan of a textile</source>
        <translation>Mato surati yoki skanidan boshlang</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="648"/>
        <source>Open project…</source>
        <translation>Loyihani ochish…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="649"/>
        <source>Continue a saved Motif Studio project</source>
        <translation>Saqlangan Motif Studio loyihasini davom ettiring</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="650"/>
        <source>You can also drop a photo or a project file anywhere on this page.</source>
        <translation>Surat yoki loyiha faylini shu sahifaning istalgan joyiga sudrab tashlashingiz ham mumkin.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="652"/>
        <source>Try a sample</source>
        <translation>Namunani sinab koʻring</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="653"/>
        <source>No photo at hand? Start with one of these.</source>
        <translation>Qoʻlingizda surat yoʻqmi? Mana shulardan biri bilan boshlang.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="654"/>
        <source>The sample pictures are not installed.</source>
        <translation>Namuna rasmlari oʻrnatilmagan.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="655"/>
        <source>Recent projects</source>
        <translation>Soʻnggi loyihalar</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="656"/>
        <source>Projects you save will appear here.</source>
        <translation>Saqlagan loyihalaringiz shu yerda koʻrinadi.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="657"/>
        <source>Drop to open</source>
        <translation>Ochish uchun qoʻyib yuboring</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../steps_panel.py" line="62"/>
        <source>done</source>
        <extracomment>The canvas tools the panel can request (toolRequested). The views the switcher offers (viewRequested). Parameters shown on the Colours page by the palette panel instead of the form.</extracomment>
        <translation>bajarildi</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="64"/>
        <source>Step %1: %2</source>
        <translation>%1-bosqich: %2</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Photo</source>
        <translation>Surat</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Clean up</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Colours</source>
        <translation>Ranglar</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="222"/>
        <location filename="../steps_panel.py" line="468"/>
        <source>Vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="222"/>
        <source>Design</source>
        <translation>Dizayn</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="222"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="226"/>
        <source>Steps</source>
        <translation>Bosqichlar</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="238"/>
        <source>New colours and arrangements at real size</source>
        <translation>Haqiqiy oʻlchamda yangi ranglar va joylashtirish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="366"/>
        <source>Photograph the textile flat, in daylight, filling the frame.</source>
        <translation>Matoni tekis yoyib, kunduzgi yorugʻlikda, butun kadrni egallaydigan qilib suratga oling.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="368"/>
        <source>Kind of textile</source>
        <translation>Mato turi</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="371"/>
        <source>Preset</source>
        <translation>Tayyor sozlama</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="372"/>
        <source>Choose a preset…</source>
        <translation>Tayyor sozlamani tanlang…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="389"/>
        <source>A preset sets every step to suit the textile; you can still change each setting.</source>
        <translation>Tayyor sozlama har bir bosqichni matoga moslab sozlaydi; har bir sozlamani baribir oʻzingiz oʻzgartirishingiz mumkin.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="393"/>
        <source>Make the textile straight, square and evenly lit.</source>
        <translation>Matoni tekis, toʻgʻri burchakli va bir xil yoritilgan holga keltiring.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="394"/>
        <source>Tools</source>
        <translation>Asboblar</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="395"/>
        <source>Straighten (4 corners)</source>
        <translation>Tekislash (4 burchak)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="396"/>
        <source>Click the four corners of the textile on the photo; it is straightened to a rectangle.</source>
        <translation>Suratda matoning toʻrt burchagini bosing; u toʻgʻri toʻrtburchak shakliga tekislanadi.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="400"/>
        <source>Find corners</source>
        <translation>Burchaklarni topish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="403"/>
        <source>Look for the textile&apos;s corners automatically; you can then move them.</source>
        <translation>Matoning burchaklarini avtomatik qidirish; keyin ularni surishingiz mumkin.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="407"/>
        <source>Crop</source>
        <translation>Kesish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="408"/>
        <source>Drag a rectangle around the part of the photo to keep.</source>
        <translation>Suratning qoldiriladigan qismi atrofida toʻrtburchak chizing.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="409"/>
        <source>Pick white point</source>
        <translation>Oq nuqtani tanlash</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="410"/>
        <source>Click a spot of the textile that should be white or grey to remove the colour cast of the light.</source>
        <translation>Yorugʻlik bergan begona rang tusini yoʻqotish uchun matoning oq yoki kulrang boʻlishi kerak boʻlgan joyini bosing.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="413"/>
        <location filename="../steps_panel.py" line="423"/>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="417"/>
        <source>The photo is split into a few flat colours.</source>
        <translation>Surat bir nechta tekis rangga ajratiladi.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="426"/>
        <source>Correct by hand</source>
        <translation>Qoʻlda tuzatish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="427"/>
        <source>Select region</source>
        <translation>Hududni tanlash</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="428"/>
        <source>Click a region to select it.</source>
        <translation>Hududni tanlash uchun ustiga bosing.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="429"/>
        <source>Brush</source>
        <translation>Moʻyqalam</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="430"/>
        <source>Paint a colour of the palette onto the regions.</source>
        <translation>Palitradagi rang bilan hududlar ustidan boʻyang.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="431"/>
        <source>Fill</source>
        <translation>Toʻldirish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="432"/>
        <source>Click a region to give it the chosen colour.</source>
        <translation>Hududga tanlangan rangni berish uchun ustiga bosing.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="437"/>
        <location filename="../steps_panel.py" line="439"/>
        <source>Brush size</source>
        <translation>Moʻyqalam oʻlchami</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="452"/>
        <source>Recolour region…</source>
        <translation>Hududni qayta boʻyash…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="452"/>
        <source>Give the selected region another colour.</source>
        <translation>Tanlangan hududga boshqa rang bering.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="456"/>
        <source>Merge into neighbour</source>
        <translation>Qoʻshnisiga birlashtirish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="457"/>
        <source>The selected region takes the colour of the region around it.</source>
        <translation>Tanlangan hudud atrofidagi hudud rangini oladi.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="462"/>
        <source>Select a region on the image to change it.</source>
        <translation>Oʻzgartirish uchun rasmda hududni tanlang.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="465"/>
        <source>The colour regions become smooth vector shapes.</source>
        <translation>Rang hududlari silliq vektor shakllarga aylanadi.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="466"/>
        <source>View</source>
        <translation>Koʻrinish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="467"/>
        <source>Original</source>
        <translation>Asl</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="467"/>
        <source>Cleaned</source>
        <translation>Tozalangan</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="468"/>
        <source>Regions</source>
        <translation>Hududlar</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="469"/>
        <source>Overlay</source>
        <translation>Ustma-ust</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="470"/>
        <source>The photo as it was taken</source>
        <translation>Suratga olingan asl holida</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="471"/>
        <source>The straightened and cleaned photo</source>
        <translation>Tekislangan va tozalangan surat</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="472"/>
        <source>The flat colour regions</source>
        <translation>Tekis rang hududlari</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="473"/>
        <source>The vector shapes</source>
        <translation>Vektor shakllar</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="474"/>
        <source>The vector shapes over the photo</source>
        <translation>Surat ustidagi vektor shakllar</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="493"/>
        <location filename="../steps_panel.py" line="495"/>
        <source>Overlay opacity</source>
        <translation>Ustki qatlam noshaffofligi</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="502"/>
        <source>Tracing</source>
        <translation>Vektorlashtirish</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="504"/>
        <source>Real size</source>
        <translation>Haqiqiy oʻlcham</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="507"/>
        <source>Result</source>
        <translation>Natija</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="517"/>
        <source>Give the motif new colours and arrange it: a repeat, a medallion or a whole rug, at its real size.</source>
        <translation>Naqshga yangi ranglar bering va uni joylashtiring: takrorlanuvchi naqsh, medalyon yoki butun gilam — haqiqiy oʻlchamda.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="524"/>
        <source>Save project (.motif)…</source>
        <translation>Loyihani saqlash (.motif)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="525"/>
        <source>Keep the original photo, every setting and the result in one file you can open again.</source>
        <translation>Asl surat, barcha sozlamalar va natijani qayta ochish mumkin boʻlgan bitta faylda saqlang.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="528"/>
        <source>Export SVG…</source>
        <translation>SVG sifatida eksport qilish…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="529"/>
        <source>A vector file for Inkscape, Illustrator, CorelDRAW or a cutting plotter.</source>
        <translation>Inkscape, Illustrator, CorelDRAW yoki kesuvchi plotter uchun vektor fayl.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="534"/>
        <source>SVG keeps the real size in millimetres: printed at 100 %, the motif measures what it measures on the textile.</source>
        <translation>SVG haqiqiy oʻlchamni millimetrlarda saqlaydi: 100 % masshtabda chop etilsa, naqsh matodagi oʻlchamiga teng boʻladi.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="536"/>
        <source>The design</source>
        <translation>Dizayn</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="538"/>
        <source>Print at real size (PDF)…</source>
        <translation>Haqiqiy oʻlchamda chop etish (PDF)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="539"/>
        <source>The whole design at 1:1 on A4 or Letter pages to tape together, with a 100 mm bar to check the printer.</source>
        <translation>Butun dizayn 1:1 masshtabda A4 yoki Letter varaqlarida — ularni bir-biriga yopishtirasiz; printerni tekshirish uchun 100 mm chiziq bor.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="541"/>
        <source>For production…</source>
        <translation>Ishlab chiqarish uchun…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="542"/>
        <source>Felt cut templates, ikat binding plans, embroidery machine files, cross-stitch charts, pictures for selling online.</source>
        <translation>Kigiz kesish andozalari, abr bogʻlash rejalari, kashta mashinasi fayllari, krestik kashta sxemalari, internetda sotish uchun rasmlar.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="544"/>
        <source>Export design as SVG…</source>
        <translation>Dizaynni SVG sifatida eksport qilish…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="545"/>
        <source>The whole design (repeat, medallion or rug) at its real size.</source>
        <translation>Butun dizayn (takrorlanuvchi naqsh, medalyon yoki gilam) haqiqiy oʻlchamda.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="546"/>
        <source>Export design as PNG…</source>
        <translation>Dizaynni PNG sifatida eksport qilish…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="547"/>
        <source>A picture of the whole design, for screens and selling online.</source>
        <translation>Butun dizayn rasmi — ekran va internetda sotish uchun.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="548"/>
        <source>Export seamless tile (SVG)…</source>
        <translation>Choksiz boʻlakni eksport qilish (SVG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="549"/>
        <source>One tile of the repeat that joins itself on every side.</source>
        <translation>Takrorlanuvchi naqshning bir boʻlagi: u har tomondan oʻzi bilan choksiz ulanadi.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="550"/>
        <source>Export seamless tile (PNG)…</source>
        <translation>Choksiz boʻlakni eksport qilish (PNG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="551"/>
        <source>One tile of the repeat as a picture, e.g. for fabric printing.</source>
        <translation>Takrorlanuvchi naqshning bir boʻlagi rasm koʻrinishida, masalan, matoga chop etish uchun.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="560"/>
        <source>Any photo (automatic)</source>
        <translation>Har qanday surat (avtomatik)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="561"/>
        <source>Shyrdak felt, 2 colours</source>
        <translation>Shirdak kigiz, 2 rang</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="562"/>
        <source>Suzani outlines</source>
        <translation>Soʻzana konturlari</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="563"/>
        <source>Ikat silk, 5 colours</source>
        <translation>Abr ipak, 5 rang</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="599"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="609"/>
        <source>Next: %1 ›</source>
        <translation>Keyingisi: %1 ›</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="674"/>
        <source>No photo yet.</source>
        <translation>Hali surat yoʻq.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="675"/>
        <source>Choose another photo…</source>
        <translation>Boshqa surat tanlash…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="676"/>
        <source>Choose a photo…</source>
        <translation>Surat tanlash…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="683"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="686"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="688"/>
        <source>%1 DPI</source>
        <translation>%1 DPI</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="689"/>
        <source>No DPI in the file (size assumed at 96 DPI)</source>
        <translation>Faylda DPI koʻrsatilmagan (oʻlcham 96 DPI deb olindi)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="693"/>
        <source>Nothing traced yet.</source>
        <translation>Hali hech narsa vektorlashtirilmagan.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../tour.py" line="14"/>
        <source>Welcome to Motif Studio</source>
        <translation>Motif Studio&apos;ga xush kelibsiz</translation>
    </message>
    <message>
        <location filename="../tour.py" line="17"/>
        <source>Welcome</source>
        <translation>Xush kelibsiz</translation>
    </message>
    <message>
        <location filename="../tour.py" line="18"/>
        <source>Motif Studio turns a photo of a shyrdak, ala-kiyiz, suzani or ikat into a clean pattern you can recolour, arrange and print at its real size. Everything works without the internet, and every change can be undone (Ctrl+Z).</source>
        <translation>Motif Studio shirdak, ala-kigiz, soʻzana yoki abr suratini toza naqshga aylantiradi: uni qayta boʻyash, joylashtirish va haqiqiy oʻlchamida chop etish mumkin. Hammasi internetsiz ishlaydi, har bir oʻzgarishni bekor qilish mumkin (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tour.py" line="22"/>
        <source>1–4. From photo to pattern</source>
        <translation>1–4. Suratdan naqshga</translation>
    </message>
    <message>
        <location filename="../tour.py" line="23"/>
        <source>Open a photo (Ctrl+O) or a sample. Drag the four corners onto the textile, choose how many colours it has, and check the vector result. The steps are on the left; “Next” leads through them.</source>
        <translation>Suratni (Ctrl+O) yoki namunani oching. Toʻrt burchakni buyum chetlariga suring, ranglar sonini tanlang va vektor natijani tekshiring. Qadamlar chapda; “Keyingi” ular boʻylab olib boradi.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="26"/>
        <source>5. Design</source>
        <translation>5. Dizayn</translation>
    </message>
    <message>
        <location filename="../tour.py" line="27"/>
        <source>Give the motif new colours — DMC threads, felt colours you measured, or a harmony — and arrange it: a repeat, a medallion or a whole rug with borders, at its size in centimetres.</source>
        <translation>Naqshga yangi ranglar bering — DMC iplari, oʻlchangan kigiz ranglari yoki uygʻunlik — va joylashtiring: takrorlanuvchi naqsh, medalyon yoki hoshiyali butun gilam, santimetrdagi oʻlchamida.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="30"/>
        <source>6. Export for production</source>
        <translation>6. Ishlab chiqarish uchun eksport</translation>
    </message>
    <message>
        <location filename="../tour.py" line="31"/>
        <source>Print the design at 1:1 on A4 pages with a 100 mm bar to check the printer; make felt cut templates, ikat binding plans, embroidery machine files, cross-stitch charts, pictures for selling online and a costing sheet (File ▸ Export for Production…).</source>
        <translation>Dizaynni A4 varaqlarga 1:1 chop eting, printerni tekshirish uchun 100 mm chiziq bor; kigiz andozalari, abr bogʻlash rejalari, kashta mashinasi fayllari, krestik sxemalari, internetda sotish uchun rasmlar va narx hisobini tayyorlang (Fayl ▸ Ishlab chiqarish uchun eksport…).</translation>
    </message>
    <message>
        <location filename="../tour.py" line="35"/>
        <source>The archive</source>
        <translation>Arxiv</translation>
    </message>
    <message>
        <location filename="../tour.py" line="36"/>
        <source>Keep every motif with its untouched photo, its names in Kyrgyz, Uzbek, Russian and English, and what it means, as told by the people who know it (File ▸ Archive…). Your work is saved automatically every minute in case the laptop switches off.</source>
        <translation>Har bir naqshni oʻzgartirilmagan surati, qirgʻizcha, oʻzbekcha, ruscha va inglizcha nomlari hamda uni biladiganlar aytgan maʼnosi bilan saqlang (Fayl ▸ Arxiv…). Noutbuk oʻchib qolsa deb, ish har daqiqada avtomatik saqlanadi.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="53"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <location filename="../tour.py" line="60"/>
        <source>Skip</source>
        <translation>Oʻtkazib yuborish</translation>
    </message>
    <message>
        <location filename="../tour.py" line="78"/>
        <source>Start</source>
        <translation>Boshlash</translation>
    </message>
    <message>
        <location filename="../tour.py" line="78"/>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
</context>
<context>
    <name>_ColourEdit</name>
    <message>
        <location filename="../param_form.py" line="261"/>
        <source>Pick…</source>
        <extracomment>Translation context of the parameter labels and help texts. Translation context of the preset descriptions.</extracomment>
        <translation>Tanlash…</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="262"/>
        <source>Choose the colour in a colour dialog</source>
        <translation>Rangni rang tanlash oynasida tanlang</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="274"/>
        <source>Choose a colour</source>
        <translation>Rang tanlang</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="86"/>
        <source>The photo could not be opened</source>
        <extracomment>The rotating log&apos;s file name inside :func:`~motifstudio.app.paths.logs_dir`.</extracomment>
        <translation>Suratni ochib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>The file “{name}” is not there any more. It may have been moved, renamed or deleted.</source>
        <translation>“{name}” fayli endi bu joyda yoʻq. U koʻchirilgan, nomi oʻzgartirilgan yoki oʻchirilgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="93"/>
        <source>“{name}” is a folder. Choose a photo inside it.</source>
        <translation>“{name}” — bu jild. Uning ichidagi suratni tanlang.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="95"/>
        <source>Motif Studio is not allowed to read “{name}”. Copy the photo to your Documents or Pictures folder and open the copy.</source>
        <translation>Motif Studio dasturiga “{name}” faylini oʻqishga ruxsat berilmagan. Suratni Hujjatlar (Documents) yoki Rasmlar (Pictures) jildiga nusxalab, nusxasini oching.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="99"/>
        <source>The file “{name}” is empty. Copying it from the phone may have failed — copy it again.</source>
        <translation>“{name}” fayli boʻsh. Uni telefondan nusxalashda xato yuz bergan boʻlishi mumkin — qaytadan nusxalang.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="103"/>
        <location filename="../errors.py" line="215"/>
        <source>Not enough memory</source>
        <translation>Xotira yetarli emas</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <location filename="../errors.py" line="216"/>
        <source>Not enough memory for this photo — try a smaller working size in Clean up → More options.</source>
        <translation>Bu surat uchun xotira yetarli emas — Tozalash → Qoʻshimcha sozlamalar boʻlimida kichikroq ishchi oʻlchamni tanlab koʻring.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="108"/>
        <source>The photo “{name}” is very large. Make it smaller in another program, or raise “Largest image” in Clean up → More options if you trust the file.</source>
        <translation>“{name}” surati juda katta. Uni boshqa dasturda kichraytiring yoki, faylga ishonsangiz, Tozalash → Qoʻshimcha sozlamalar boʻlimida “Eng katta rasm” qiymatini oshiring.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112"/>
        <source>“{name}” is in a format Motif Studio cannot read. Save it as JPEG or PNG and open that.</source>
        <translation>“{name}” fayli Motif Studio oʻqiy olmaydigan formatda. Uni JPEG yoki PNG sifatida saqlab, oʻshani oching.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="116"/>
        <source>The file “{name}” is damaged or is not a picture. If it came from a phone, copy it again.</source>
        <translation>“{name}” fayli shikastlangan yoki rasm emas. Agar u telefondan olingan boʻlsa, qaytadan nusxalang.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="120"/>
        <source>Motif Studio could not read “{name}”.</source>
        <translation>Motif Studio “{name}” faylini oʻqiy olmadi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="122"/>
        <location filename="../errors.py" line="128"/>
        <source>this file</source>
        <translation>bu fayl</translation>
    </message>
    <message>
        <location filename="../errors.py" line="130"/>
        <source>The project could not be saved</source>
        <translation>Loyihani saqlab boʻlmadi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="131"/>
        <source>“{name}” was not saved because the design has a problem Motif Studio cannot store. Your previous file is unchanged.</source>
        <translation>“{name}” saqlanmadi, chunki dizaynda Motif Studio saqlay olmaydigan muammo bor. Avvalgi faylingiz oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="135"/>
        <source>This project needs a newer Motif Studio</source>
        <translation>Bu loyiha uchun Motif Studio dasturining yangiroq versiyasi kerak</translation>
    </message>
    <message>
        <location filename="../errors.py" line="136"/>
        <source>“{name}” was made with a newer version of Motif Studio. Update Motif Studio to open it.</source>
        <translation>“{name}” Motif Studio dasturining yangiroq versiyasida yaratilgan. Uni ochish uchun Motif Studio dasturini yangilang.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="140"/>
        <source>This is not a Motif Studio project</source>
        <translation>Bu Motif Studio loyihasi emas</translation>
    </message>
    <message>
        <location filename="../errors.py" line="141"/>
        <source>“{name}” is not a Motif Studio project, or it was cut short while copying. To start from a photo, use Open photo… instead.</source>
        <translation>“{name}” Motif Studio loyihasi emas yoki nusxalash paytida oxirigacha koʻchirilmagan. Suratdan boshlash uchun “Suratni ochish…” buyrugʻidan foydalaning.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="145"/>
        <source>This project file was refused</source>
        <translation>Bu loyiha fayli rad etildi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="146"/>
        <source>“{name}” contains something a Motif Studio project never contains, so it was not opened, to keep your computer safe.</source>
        <translation>“{name}” ichida Motif Studio loyihasida hech qachon boʻlmaydigan narsa bor, shu sababli kompyuteringiz xavfsizligi uchun u ochilmadi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="150"/>
        <source>This project file is damaged</source>
        <translation>Bu loyiha fayli shikastlangan</translation>
    </message>
    <message>
        <location filename="../errors.py" line="151"/>
        <source>“{name}” is damaged and cannot be opened. If you have another copy (a backup or a flash drive), open that one.</source>
        <translation>“{name}” shikastlangan va uni ochib boʻlmaydi. Agar boshqa nusxangiz boʻlsa (zaxira nusxa yoki fleshkada), oʻshani oching.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="160"/>
        <source>File not found</source>
        <translation>Fayl topilmadi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="161"/>
        <source>“{name}” is not there. It may have been moved, renamed or deleted, or the flash drive was removed.</source>
        <translation>“{name}” topilmadi. U koʻchirilgan, nomi oʻzgartirilgan yoki oʻchirilgan boʻlishi, yoxud fleshka chiqarib olingan boʻlishi mumkin.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="165"/>
        <source>Permission denied</source>
        <translation>Ruxsat yoʻq</translation>
    </message>
    <message>
        <location filename="../errors.py" line="166"/>
        <source>Motif Studio is not allowed to use “{name}”. It may be open in another program, or the folder may be read-only. Try another folder.</source>
        <translation>Motif Studio dasturiga “{name}” faylidan foydalanishga ruxsat berilmagan. U boshqa dasturda ochiq boʻlishi yoki jild faqat oʻqish uchun boʻlishi mumkin. Boshqa jildni tanlab koʻring.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="170"/>
        <source>The disk is full</source>
        <translation>Disk toʻlgan</translation>
    </message>
    <message>
        <location filename="../errors.py" line="171"/>
        <source>There is no space left to write “{name}”. Free some space or choose another drive, then try again.</source>
        <translation>“{name}” faylini yozish uchun joy qolmadi. Biroz joy boʻshating yoki boshqa diskni tanlang, soʻng qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="175"/>
        <source>This is a folder</source>
        <translation>Bu jild</translation>
    </message>
    <message>
        <location filename="../errors.py" line="176"/>
        <source>“{name}” is a folder, not a file.</source>
        <translation>“{name}” — fayl emas, jild.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="178"/>
        <source>The file could not be used</source>
        <translation>Fayldan foydalanib boʻlmadi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="180"/>
        <source>Motif Studio could not read or write “{name}”: {reason}.</source>
        <translation>Motif Studio “{name}” faylini oʻqiy yoki yoza olmadi: {reason}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="183"/>
        <source>Motif Studio could not read or write “{name}”.</source>
        <translation>Motif Studio “{name}” faylini oʻqiy yoki yoza olmadi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="186"/>
        <source>a file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <location filename="../errors.py" line="211"/>
        <source>Cancelled</source>
        <translation>Bekor qilindi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="212"/>
        <source>The work was cancelled. Nothing was changed.</source>
        <translation>Ish bekor qilindi. Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="229"/>
        <source>These settings cannot be used</source>
        <translation>Bu sozlamalardan foydalanib boʻlmaydi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="230"/>
        <source>Motif Studio cannot work with the current settings. Check the values you changed last and try again.</source>
        <translation>Motif Studio joriy sozlamalar bilan ishlay olmaydi. Oxirgi oʻzgartirgan qiymatlaringizni tekshirib, qaytadan urinib koʻring.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="234"/>
        <source>Something went wrong</source>
        <translation>Nimadir notoʻgʻri ketdi</translation>
    </message>
    <message>
        <location filename="../errors.py" line="235"/>
        <source>Motif Studio hit an unexpected problem. Save your work under a new name if you can. If it happens again, please send the log file (see Show Details…) to the people who support Motif Studio.</source>
        <translation>Motif Studio kutilmagan muammoga duch keldi. Iloji boʻlsa, ishingizni yangi nom bilan saqlang. Agar bu yana takrorlansa, iltimos, jurnal faylini (“Show Details…” tugmasi ostida) Motif Studio boʻyicha yordam beradigan mutaxassislarga yuboring.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="287"/>
        <source>Motif Studio</source>
        <translation>Motif Studio</translation>
    </message>
    <message>
        <location filename="../errors.py" line="291"/>
        <source>Log file: {path}</source>
        <translation>Jurnal fayli: {path}</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <location filename="../_param_strings.py" line="13"/>
        <source>Largest image</source>
        <translation>Eng katta rasm</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="14"/>
        <source>Refuse images with more pixels than this (protects against decompression bombs and running out of memory).</source>
        <translation>Pikseli bundan koʻp boʻlgan rasmlarni ochmaslik (zararli “siqilgan bomba” fayllardan va xotira tugab qolishidan himoya qiladi).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="15"/>
        <source>Perspective corners</source>
        <translation>Perspektiva burchaklari</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="16"/>
        <source>Four (x, y) points of the textile&apos;s corners, clockwise from top-left; the image is rectified to a rectangle.</source>
        <translation>Matoning toʻrt burchagi — (x, y) nuqtalari, yuqori chapdan soat mili boʻyicha; rasm toʻgʻri toʻrtburchak shakliga keltiriladi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="17"/>
        <source>Width ÷ height</source>
        <translation>Eni ÷ boʻyi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="18"/>
        <source>The real proportions of the straightened textile (1 for a square felt; 150 × 220 cm is 0.68); empty = judged from the photo.</source>
        <translation>Tekislangan matoning haqiqiy nisbati (kvadrat kigiz uchun 1; 150 × 220 sm — 0,68); boʻsh qolsa — suratdan aniqlanadi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="19"/>
        <source>Find corners automatically</source>
        <translation>Burchaklarni avtomatik topish</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="20"/>
        <source>Suggest the quadrilateral of a textile standing out from its background and rectify it.</source>
        <translation>Fonidan ajralib turgan matoning toʻrtburchak chegarasini taklif qilish va uni toʻgʻri toʻrtburchak shakliga keltirish.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="21"/>
        <source>Rotate</source>
        <translation>Burish</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="22"/>
        <source>Rotate the image anticlockwise by this angle.</source>
        <translation>Rasmni soat miliga teskari yoʻnalishda shu burchakka burish.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="23"/>
        <source>Straighten automatically</source>
        <translation>Avtomatik tekislash</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="24"/>
        <source>Detect a small tilt of the motif&apos;s straight lines and undo it.</source>
        <translation>Naqshdagi toʻgʻri chiziqlarning biroz qiyshayganini aniqlash va toʻgʻrilash.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="25"/>
        <source>Crop</source>
        <translation>Kesish</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="26"/>
        <source>Keep only (left, top, right, bottom) of the image.</source>
        <translation>Rasmning faqat (chap, yuqori, oʻng, pastki) chegaralar ichidagi qismini qoldirish.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="27"/>
        <source>Even out lighting</source>
        <translation>Yorugʻlikni bir xillashtirish</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="28"/>
        <source>Remove shadows, vignetting and uneven light.</source>
        <translation>Soyalar, chetlardagi qorayish va notekis yorugʻlikni yoʻqotish.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="29"/>
        <source>Lighting smoothness</source>
        <translation>Yorugʻlik silliqligi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="30"/>
        <source>Degree of the smooth light field removed (higher follows more complex light).</source>
        <translation>Olib tashlanadigan silliq yorugʻlik maydonining darajasi (kattaroq qiymat murakkabroq yorugʻlikni ham hisobga oladi).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="31"/>
        <source>White balance</source>
        <translation>Oq rang balansi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="32"/>
        <source>&apos;auto&apos; neutralises the colour cast; &apos;point&apos; uses the picked neutral point.</source>
        <translation>“Avtomatik” begona rang tusini yoʻqotadi; “Tanlangan oq nuqta boʻyicha” siz tanlagan neytral nuqtadan foydalanadi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="33"/>
        <source>Neutral point</source>
        <translation>Neytral nuqta</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="34"/>
        <source>(x, y) of a pixel that should be grey or white.</source>
        <translation>Kulrang yoki oq boʻlishi kerak boʻlgan pikselning (x, y) koordinatalari.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="35"/>
        <source>Denoise</source>
        <translation>Shovqinni kamaytirish</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="36"/>
        <source>Edge-preserving smoothing that removes weave and felt-fibre texture while keeping region edges sharp.</source>
        <translation>Hududlar chetini aniq saqlagan holda toʻqima va kigiz tolalari izini yoʻqotadigan silliqlash.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="37"/>
        <source>Denoise strength</source>
        <translation>Shovqinni kamaytirish kuchi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="38"/>
        <source>0 = gentle, 1 = strong.</source>
        <translation>0 = yumshoq, 1 = kuchli.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="39"/>
        <source>Working resolution</source>
        <translation>Ishchi aniqlik</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="40"/>
        <source>&apos;auto&apos; traces at the smallest resolution that still holds the motif&apos;s smallest feature.</source>
        <translation>“Avtomatik” tanlansa, naqshning eng mayda qismini saqlab qoladigan eng kichik aniqlikda ishlanadi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="41"/>
        <source>Pixels per smallest feature</source>
        <translation>Eng mayda qism uchun piksellar</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="42"/>
        <source>In &apos;auto&apos; working resolution, the motif&apos;s thinnest part keeps at least this many pixels across.</source>
        <translation>Ishchi aniqlik “Avtomatik” boʻlsa, naqshning eng ingichka qismi enida kamida shuncha piksel boʻladi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="43"/>
        <source>Largest working size</source>
        <translation>Eng katta ishchi oʻlcham</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="44"/>
        <source>Upper bound of the working resolution in megapixels.</source>
        <translation>Ishchi aniqlikning megapiksellardagi yuqori chegarasi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="45"/>
        <source>Colours</source>
        <translation>Ranglar</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="46"/>
        <source>Exact number of colours; empty = suggest automatically.</source>
        <translation>Ranglarning aniq soni; boʻsh = avtomatik taklif qilish.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="47"/>
        <source>Most colours (automatic)</source>
        <translation>Eng koʻp ranglar soni (avtomatik)</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="48"/>
        <source>Merge similar colours</source>
        <translation>Oʻxshash ranglarni birlashtirish</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="49"/>
        <source>Colours closer than this merge into one (0 = never).</source>
        <translation>Bundan yaqinroq ranglar bittaga birlashtiriladi (0 = hech qachon).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="50"/>
        <source>Pinned colours</source>
        <translation>Mahkamlangan ranglar</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="51"/>
        <source>Colours (#rrggbb) that must stay in the palette exactly.</source>
        <translation>Palitrada aynan oʻzgarmay qolishi kerak boʻlgan ranglar (#rrggbb).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="52"/>
        <source>Smallest region</source>
        <translation>Eng kichik hudud</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="53"/>
        <source>Regions smaller than this merge into the region around them (0 = automatic from the working resolution).</source>
        <translation>Bundan kichik hududlar atrofidagi hudud bilan birlashtiriladi (0 = ishchi aniqlikka qarab avtomatik).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="54"/>
        <source>Unit of smallest region</source>
        <translation>Eng kichik hudud oʻlchov birligi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="55"/>
        <source>Edge smoothing</source>
        <translation>Chetlarni silliqlash</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="56"/>
        <source>Radius of the majority filter that cleans ragged region edges (0 = off).</source>
        <translation>Hududlarning notekis chetlarini tozalaydigan koʻpchilik filtri radiusi (0 = oʻchiq).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="57"/>
        <source>Trace mode</source>
        <translation>Vektorlashtirish usuli</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="58"/>
        <source>&apos;regions&apos; fills colour areas; &apos;centreline&apos; also turns thin strokes into stroked lines with their measured width.</source>
        <translation>“Rang hududlari” rangli sohalarni toʻldiradi; “Hududlar va markaziy chiziqlar” esa ingichka chiziqlarni oʻlchangan qalinligidagi chiziqlarga ham aylantiradi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="59"/>
        <source>Curve tolerance</source>
        <translation>Egri chiziq chetlanishi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="60"/>
        <source>How far a fitted curve may stray from the pixel boundary.</source>
        <translation>Moslashtirilgan egri chiziq piksel chegarasidan qanchalik uzoqlashishi mumkin.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="61"/>
        <source>Corner angle</source>
        <translation>Burchak chegarasi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="62"/>
        <source>A boundary turning by more than this angle within a few pixels keeps a sharp corner (smaller = more corners).</source>
        <translation>Bir necha piksel ichida shu burchakdan koʻproq buriladigan chegara oʻtkir burchak boʻlib qoladi (kichikroq = koʻproq burchak).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="63"/>
        <source>Boundary smoothing</source>
        <translation>Chegarani silliqlash</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="64"/>
        <source>Passes of smoothing along the pixel staircase before fitting.</source>
        <translation>Moslashtirishdan oldin piksel zinapoyasi boʻylab silliqlash necha marta takrorlanadi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="65"/>
        <source>Thickest stroke</source>
        <translation>Eng qalin chiziq</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="66"/>
        <source>Centreline mode: regions thinner than this become strokes.</source>
        <translation>Markaziy chiziq rejimi: bundan ingichka hududlar chiziqqa aylanadi.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="67"/>
        <source>Stroke colour</source>
        <translation>Chiziq rangi</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="68"/>
        <source>Centreline mode: the colour (#rrggbb) of the line art; empty = the darkest colour.</source>
        <translation>Markaziy chiziq rejimi: chiziqli rasmning rangi (#rrggbb); boʻsh = eng toʻq rang.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="69"/>
        <source>Width</source>
        <translation>Eni</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="70"/>
        <source>Physical width of the motif; empty = from the file&apos;s DPI.</source>
        <translation>Naqshning haqiqiy eni; boʻsh = fayldagi DPI boʻyicha.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="71"/>
        <source>Hide hairline seams</source>
        <translation>Ingichka choklarni yashirish</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="72"/>
        <source>Paint each face with a thin outline of its own colour so renderers show no hairlines between abutting faces; the geometry is unchanged.</source>
        <translation>Har bir soha oʻz rangidagi ingichka chegara bilan boʻyaladi, shunda dasturlar yonma-yon sohalar orasida ingichka chiziq koʻrsatmaydi; shakllar oʻzgarmaydi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="13"/>
        <source>Decimals</source>
        <translation>Kasr xonalari</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="14"/>
        <source>Digits after the decimal point of the millimetres in the file.</source>
        <translation>Fayldagi millimetrlarda verguldan keyin nechta raqam yoziladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="15"/>
        <source>Hide hairlines</source>
        <translation>Ingichka tirqishlarni yashirish</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="16"/>
        <source>Outline each colour in its own colour, so no thin gaps show on screen between touching shapes. Leave off for cutting.</source>
        <translation>Har bir rang oʻz rangidagi kontur bilan oʻraladi, shunda ekranda yonma-yon shakllar orasida ingichka tirqishlar koʻrinmaydi. Kesish uchun yoqmang.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="19"/>
        <source>Resolution</source>
        <translation>Aniqlik</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="20"/>
        <source>Pixels per inch when printed. Auto: 150, or less for a design so big the picture would not fit in memory.</source>
        <translation>Chop etilganda bir dyuymdagi piksellar soni. “Avto” — 150 yoki, dizayn shunchalik katta boʻlsaki, rasm xotiraga sigʻmasa, undan kamroq.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="21"/>
        <source>Smoothing</source>
        <translation>Silliqlash</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="22"/>
        <source>Samples per pixel along each side, for smooth edges.</source>
        <translation>Silliq chetlar uchun pikselning har bir tomoni boʻyicha olinadigan namunalar soni.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="24"/>
        <source>Pixels per inch when printed (empty: Auto).</source>
        <translation>Chop etilganda bir dyuymdagi piksellar soni (boʻsh — “Avto”).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="26"/>
        <source>Shown on</source>
        <translation>Nimada koʻrsatiladi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="27"/>
        <source>A felt rug on the floor, a cushion, or a draped scarf.</source>
        <translation>Polda yotgan kigiz gilam, yostiq yoki osilib turgan sharf.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="28"/>
        <source>Picture</source>
        <translation>Rasm</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="29"/>
        <source>1080 × 1080 for square posts, 1080 × 1350 for portrait posts.</source>
        <translation>1080 × 1080 — kvadrat postlar uchun, 1080 × 1350 — tik postlar uchun.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="30"/>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="31"/>
        <source>Empty: the motif&apos;s title.</source>
        <translation>Boʻsh — naqsh nomi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="32"/>
        <source>Maker</source>
        <translation>Usta</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="33"/>
        <source>Who made it, e.g. a workshop. Empty: the maker in the motif&apos;s details.</source>
        <translation>Kim tayyorlagan, masalan, ustaxona. Boʻsh — naqsh maʼlumotlaridagi usta.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="34"/>
        <source>Backdrop colour</source>
        <translation>Orqa fon rangi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="35"/>
        <source>A #rrggbb colour.</source>
        <translation>#rrggbb koʻrinishidagi rang.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="37"/>
        <source>Paper</source>
        <translation>Qogʻoz</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="38"/>
        <source>The paper in the printer.</source>
        <translation>Printerdagi qogʻoz.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="39"/>
        <source>Orientation</source>
        <translation>Varaq holati</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="40"/>
        <source>Auto: whichever needs fewer pages.</source>
        <translation>“Avtomatik” — qaysi biriga kamroq varaq kerak boʻlsa, oʻsha.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="41"/>
        <source>Overlap</source>
        <translation>Ustma-ust tushish</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="42"/>
        <source>How much neighbouring pages share, for gluing.</source>
        <translation>Yopishtirish uchun qoʻshni varaqlar bir-birining ustiga qancha tushadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="43"/>
        <source>Margin</source>
        <translation>Chet / ustama</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="44"/>
        <source>Left blank round each page; most printers cannot print to the edge.</source>
        <translation>Har bir varaq chetida boʻsh joy qoldiriladi; koʻpchilik printerlar varaqning eng chetigacha chop eta olmaydi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="45"/>
        <source>Overview page</source>
        <translation>Umumiy koʻrinish varagʻi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="46"/>
        <source>A first page with the whole design and the page grid.</source>
        <translation>Butun dizayn va varaqlar toʻri koʻrsatilgan birinchi varaq.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="47"/>
        <source>Alignment marks</source>
        <translation>Moslash belgilari</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="48"/>
        <source>Trim lines and registration marks for gluing the pages.</source>
        <translation>Varaqlarni yopishtirish uchun kesish chiziqlari va moslash belgilari.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="50"/>
        <source>Fabric count</source>
        <translation>Kanva zichligi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="51"/>
        <source>Aida squares per inch (cross stitches per inch).</source>
        <translation>Bir dyuymdagi Aida kanvasi kataklari (bir dyuymdagi krestiklar).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="52"/>
        <source>Stitches across</source>
        <translation>Eniga krestiklar soni</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="53"/>
        <source>Width of the chart in stitches; default: the design&apos;s width at the fabric count.</source>
        <translation>Sxemaning krestiklardagi eni; odatda — tanlangan kanva zichligida dizayn eni.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="54"/>
        <source>Leave the background unstitched</source>
        <translation>Fonni tikmasdan qoldirish</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="55"/>
        <source>Squares of the design&apos;s background colour stay empty (the fabric shows; choose fabric of that colour).</source>
        <translation>Dizayn fon rangidagi kataklar boʻsh qoladi (mato koʻrinib turadi — shu rangdagi matoni tanlang).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="56"/>
        <source>Chart style</source>
        <translation>Sxema turi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="57"/>
        <source>Symbols on squares of the thread colour, or black symbols on white (for a black-and-white printer).</source>
        <translation>Ip rangidagi kataklarda belgilar yoki oq fonda qora belgilar (oq-qora printer uchun).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="58"/>
        <source>Page overlap</source>
        <translation>Varaqlarning ustma-ust tushishi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="59"/>
        <source>Columns and rows of the previous page repeated, shaded, at the edge of the next.</source>
        <translation>Oldingi varaqning ustun va qatorlari keyingi varaq chetida soyalangan holda takrorlanadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="60"/>
        <source>Strands</source>
        <translation>Tolalar soni</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="61"/>
        <source>Strands of floss in the needle (for the skein estimate).</source>
        <translation>Ignadagi mulina ipi tolalari soni (oʻramlarni hisoblash uchun).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="63"/>
        <source>Strands of floss in the needle, recorded for each thread.</source>
        <translation>Ignadagi mulina ipi tolalari soni; har bir ip uchun yoziladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="65"/>
        <source>Mirror for iron-on transfer</source>
        <translation>Dazmol bilan koʻchirish uchun koʻzgusimon</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="66"/>
        <source>Draw the design mirrored left to right, for a transfer pen or pencil: ironing the sheet face down flips it back.</source>
        <translation>Dizaynni chapdan oʻngga koʻzgusimon chizish — koʻchirma ruchka yoki qalam uchun: varaqni yuzi bilan pastga qoʻyib dazmollaganda, rasm yana toʻgʻri boʻladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="67"/>
        <source>Strip width</source>
        <translation>Mato boʻlagi eni</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="68"/>
        <source>Width of each cloth strip, seam to seam; suzani are embroidered on strips sewn together afterwards.</source>
        <translation>Har bir mato boʻlagining chokdan chokkacha eni; soʻzana boʻlaklarga tikiladi, soʻng ular bir-biriga ulab tikiladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="69"/>
        <source>Line width</source>
        <translation>Chiziq qalinligi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="70"/>
        <source>Width of the outlines.</source>
        <translation>Konturlar qalinligi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="71"/>
        <source>Overlap at the seams</source>
        <translation>Chokdan oʻtish</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="72"/>
        <source>The drawing runs this far past each seam (the seam allowance), so the lines meet when the strips are sewn.</source>
        <translation>Rasm har bir chokdan shuncha oʻtib ketadi (chok uchun qoldirilgan joy), shunda boʻlaklar tikilganda chiziqlar bir-biriga toʻgʻri keladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="73"/>
        <source>Match marks every</source>
        <translation>Moslash belgilari oraligʻi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="74"/>
        <source>Distance between the numbered marks across each seam.</source>
        <translation>Har bir chok boʻylab qoʻyilgan raqamlangan belgilar orasidagi masofa.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="76"/>
        <source>Fill angle</source>
        <translation>Toʻldirish burchagi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="77"/>
        <source>Direction of the fill rows, anticlockwise from the horizontal. The underlay runs at right angles to it.</source>
        <translation>Toʻldirish qatorlarining yoʻnalishi, gorizontaldan soat miliga teskari. Ostki chok unga toʻgʻri burchak ostida ketadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="78"/>
        <source>Row spacing</source>
        <translation>Qatorlar oraligʻi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="79"/>
        <source>Distance between fill rows (and between the peaks of a satin zig-zag). Smaller is denser.</source>
        <translation>Toʻldirish qatorlari orasidagi masofa (va atlas chok zigzagi uchlari orasidagi). Kichikroq — zichroq.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="80"/>
        <source>Longest stitch</source>
        <translation>Eng uzun chok</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="81"/>
        <source>Longest stitch in fills, underlay and outlines; longer ones are split. Satin stitches span their column, up to 12 mm.</source>
        <translation>Toʻldirish, ostki chok va konturlardagi eng uzun chok; uzunroqlari boʻlinadi. Atlas choklar oʻz ustunining butun enini egallaydi, 12 mm gacha.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="82"/>
        <source>Underlay</source>
        <translation>Ostki chok</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="83"/>
        <source>Sparse rows at right angles under each fill (a centre walk under each satin), inset so they stay hidden.</source>
        <translation>Har bir toʻldirish ostida toʻgʻri burchak ostida siyrak qatorlar (har bir atlas chok ostida — oʻrtasidan bitta chiziq), koʻrinmasligi uchun chetdan ichkariroqda.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="84"/>
        <source>Satin below width</source>
        <translation>Atlas chok — bundan ingichka boʻlsa</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="85"/>
        <source>Faces narrower than this (2 × area / perimeter) become satin columns; 0 turns satin off.</source>
        <translation>Bundan ingichka sohalar (2 × yuza / perimetr) atlas chok ustunlariga aylanadi; 0 — atlas chok oʻchadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="86"/>
        <source>Outlines</source>
        <translation>Konturlar</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="87"/>
        <source>Stitch the boundaries between colours with a running stitch, a triple (bean) stitch, or not at all.</source>
        <translation>Ranglar orasidagi chegaralarni oddiy chok, uch qavat chok bilan tikish yoki umuman tikmaslik.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="88"/>
        <source>Trim jumps longer than</source>
        <translation>Bundan uzun sakrashlarni qirqish</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="89"/>
        <source>Travel longer than this ends with a tie-off and a trim; shorter travel is a jump the thread floats across.</source>
        <translation>Bundan uzun oʻtish mahkamlash va ipni qirqish bilan tugaydi; qisqarogʻi — sakrash, ip ustidan tortilib oʻtadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="90"/>
        <source>Ground</source>
        <translation>Fon</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="91"/>
        <source>Fill the ground colour, or leave it to the fabric (suzani style: embroider on a cloth of the ground colour).</source>
        <translation>Fon rangini tikib toʻldirish yoki fonni matoga qoldirish (soʻzana usulida: fon rangidagi matoga tikiladi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="92"/>
        <source>Pixels per mm</source>
        <translation>Bir mm ga piksel</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="93"/>
        <source>Preview resolution (10 px/mm = 254 dpi).</source>
        <translation>Oldindan koʻrish aniqligi (10 px/mm = 254 dpi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="94"/>
        <source>Thread width</source>
        <translation>Ip qalinligi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="95"/>
        <source>How thick a stitch is drawn.</source>
        <translation>Chok qanchalik qalin chiziladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="97"/>
        <source>Strands of DMC floss the thread stands for; a skein is 8 m of 6 strands, so 2 strands get three times as far.</source>
        <translation>Ip DMC mulinasining nechta tolasiga toʻgʻri keladi; bir oʻram — 6 tolali 8 m, shuning uchun 2 tola bilan uch baravar koʻproqqa yetadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="104"/>
        <source>Warp bundles</source>
        <translation>Tanda dastalari</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="105"/>
        <source>Bundles of warp threads across the width, each tied as one.</source>
        <translation>Eni boʻyicha tanda iplari dastalari; har biri bitta deb bogʻlanadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="106"/>
        <source>Position step</source>
        <translation>Uzunlik boʻyicha qadam</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="107"/>
        <source>Length of one cell along the warp.</source>
        <translation>Tanda boʻylab bitta katakning uzunligi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="108"/>
        <source>Loom width</source>
        <translation>Dastgohdagi eni</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="109"/>
        <source>Width of the warp on the loom; the design is scaled to it. 0: the design&apos;s own width.</source>
        <translation>Dastgohdagi tanda eni; dizayn unga moslab kattalashtiriladi yoki kichraytiriladi. 0 — dizaynning oʻz eni.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="110"/>
        <source>Warp runs</source>
        <translation>Tanda yoʻnalishi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="111"/>
        <source>down: the warp runs from the top of the design to the bottom. across: from its left to its right (the design is laid on the loom a quarter turn clockwise).</source>
        <translation>down: tanda dizaynning yuqorisidan pastiga qarab ketadi. across: chapdan oʻngga (dizayn dastgohga soat mili boʻyicha chorak aylantirib qoʻyiladi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="112"/>
        <source>Most dye baths</source>
        <translation>Koʻpi bilan boʻyoq vannalari</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="113"/>
        <source>How many dye baths the workshop will do (the undyed yarn is one colour more).</source>
        <translation>Ustaxona nechta boʻyoq vannasi qiladi (boʻyalmagan ip — yana bitta rang).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="114"/>
        <source>Undyed yarn</source>
        <translation>Boʻyalmagan ip</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="115"/>
        <source>#rrggbb of the undyed yarn. Empty: the lightest colour of the design is the undyed yarn.</source>
        <translation>Boʻyalmagan ipning #rrggbb rangi. Boʻsh — dizaynning eng och rangi boʻyalmagan ip deb olinadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="116"/>
        <source>Dye order</source>
        <translation>Boʻyash tartibi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="117"/>
        <source>Bath colours, lightest first, as #rrggbb separated by commas. Empty: every colour but the yarn, light to dark by CIE L*.</source>
        <translation>Vannalar ranglari, eng ochidan boshlab, vergul bilan ajratilgan #rrggbb koʻrinishida. Boʻsh — ip rangidan boshqa barcha ranglar, CIE L* boʻyicha ochdan toʻqqa.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="118"/>
        <source>Tying</source>
        <translation>Bogʻlash</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="119"/>
        <source>overdye: a cell is tied once, after its own bath (least work). single-bath: a cell is free only in its own bath (pure colours, more ties).</source>
        <translation>overdye: katak oʻz vannasidan keyin bir marta bogʻlanadi (eng kam ish). single-bath: katak faqat oʻz vannasida ochiq boʻladi (sof ranglar, bogʻlash koʻproq).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="120"/>
        <source>Mirror fold</source>
        <translation>Teng buklash</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="121"/>
        <source>Fold the warp in half across its width and tie both halves at once (the design must be mirror-symmetric left to right).</source>
        <translation>Tandani eni boʻyicha teng buklab, ikkala yarmini bir vaqtda bogʻlash (dizayn chapdan oʻngga koʻzgusimon simmetrik boʻlishi kerak).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="122"/>
        <source>Fold tolerance (% of cells)</source>
        <translation>Buklashdagi chetlanish (kataklarning %)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="123"/>
        <source>Per cent of the cells that may differ between the two halves of a folded warp.</source>
        <translation>Buklangan tandaning ikki yarmida kataklarning necha foizi farq qilishi mumkin.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="124"/>
        <source>Pixels per inch of cloth (the PNG records it, so it prints at real size).</source>
        <translation>Matoning bir dyuymiga piksel (PNG buni yozib qoʻyadi, shuning uchun haqiqiy oʻlchamda chop etiladi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="125"/>
        <source>Tie jitter</source>
        <translation>Bogʻichlar siljishi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="126"/>
        <source>How far ties stray from the plan along the warp, per bundle and per tie (threads slip about a third of that).</source>
        <translation>Tanda boʻylab bogʻichlar rejadan qanchalik siljiydi — har bir dasta va har bir bogʻich uchun (iplar taxminan uning uchdan biriga siljiydi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="127"/>
        <source>Dye bleed</source>
        <translation>Boʻyoqning yoyilishi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="128"/>
        <source>How far the dye creeps under a tie: the blur along the warp.</source>
        <translation>Boʻyoq bogʻich ostiga qanchalik kiradi: tanda boʻylab xiralik.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="129"/>
        <source>Random seed</source>
        <translation>Boshlangʻich son</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="130"/>
        <source>The same seed gives the same preview.</source>
        <translation>Bir xil son bir xil oldindan koʻrishni beradi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="132"/>
        <source>Chart</source>
        <translation>Sxema</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="133"/>
        <source>combined: one chart with the bath number in each cell. per-bath: one chart per bath showing what to tie and what to cut.</source>
        <translation>combined: har bir katakda vanna raqami yozilgan bitta sxema. per-bath: har bir vanna uchun alohida sxema — nimani bogʻlash va nimani kesish kerakligi koʻrsatiladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="134"/>
        <source>Cell size</source>
        <translation>Katak oʻlchami</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="135"/>
        <source>Size of one cell on paper (the chart is printed at this scale).</source>
        <translation>Qogʻozdagi bitta katakning oʻlchami (sxema shu masshtabda chop etiladi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="138"/>
        <source>Film margin</source>
        <translation>Plyonka cheti</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="139"/>
        <source>Clear film round the design, holding the registration marks and the label.</source>
        <translation>Dizayn atrofidagi shaffof plyonka; unda moslash belgilari va yozuv joylashadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="140"/>
        <source>print: a film for the background colour too. fabric: the background colour is the cloth itself, so it gets no film.</source>
        <translation>print: fon rangi uchun ham plyonka. fabric: fon rangi — matoning oʻzi, shuning uchun unga plyonka qilinmaydi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="143"/>
        <source>Cord allowance</source>
        <translation>Shnur zaxirasi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="144"/>
        <source>Extra cord on top of the total seam length, for joins, corners and ends.</source>
        <translation>Choklarning umumiy uzunligidan tashqari qoʻshimcha shnur — ulanish joylari, burchaklar va uchlar uchun.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="145"/>
        <source>Felt waste</source>
        <translation>Kigiz zaxirasi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="146"/>
        <source>Extra felt on top of the pieces&apos; area, for offcuts and mistakes.</source>
        <translation>Boʻlaklar yuzasidan tashqari qoʻshimcha kigiz — qirqindilar va xatolar uchun.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="147"/>
        <source>Backing margin</source>
        <translation>Astar cheti</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="148"/>
        <source>How far the backing cloth reaches past the felt on each side.</source>
        <translation>Astar mato kigizdan har bir tomondan qancha chiqib turadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="149"/>
        <source>Narrowest piece</source>
        <translation>Eng ingichka boʻlak</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="150"/>
        <source>Necks and pieces narrower than this are circled in red: too narrow to cut and sew.</source>
        <translation>Bundan ingichka boʻyinchalar va boʻlaklar qizil bilan aylantirib belgilanadi: ularni kesib tikish uchun juda ingichka.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="151"/>
        <source>Fold lines</source>
        <translation>Buklash chiziqlari</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="152"/>
        <source>Dashed lines where the design mirrors itself.</source>
        <translation>Dizayn koʻzgusimon takrorlanadigan joylardagi uzuq chiziqlar.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="153"/>
        <source>Colour previews</source>
        <translation>Rangli kichik rasmlar</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="154"/>
        <source>Small pictures of carpet A and carpet B beside the template.</source>
        <translation>Andoza yonida A va B gilamlarning kichik rasmlari.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="155"/>
        <source>Cut line width</source>
        <translation>Kesish chizigʻi qalinligi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="156"/>
        <source>Width of the printed cut lines.</source>
        <translation>Chop etilgan kesish chiziqlarining qalinligi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="160"/>
        <source>Shrinkage across</source>
        <translation>Eniga kirishishi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="161"/>
        <source>Pressed felt shrinks while it is fulled, so the wool is laid larger than the finished felt: 1.25 lays it 25 % wider. Measure a felt of your own: laid width ÷ finished width.</source>
        <translation>Bosma kigiz bosish paytida kirishadi, shuning uchun jun tayyor kigizdan kattaroq yoyiladi: 1,25 boʻlsa, 25 % kengroq yoyiladi. Oʻz kigizingizni oʻlchang: yoyilgan eni ÷ tayyor eni.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="162"/>
        <source>Shrinkage along</source>
        <translation>Boʻyiga kirishishi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="163"/>
        <source>The same along the length (felt often shrinks more along the rolling).</source>
        <translation>Uzunligi boʻyicha ham xuddi shunday (kigiz koʻpincha oʻralgan yoʻnalishi boʻyicha koʻproq kirishadi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="164"/>
        <source>Wool per m²</source>
        <translation>Bir m² ga jun</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="165"/>
        <source>Wool laid per square metre of the laying map. About 1200 g/m² fulls to a felt about 1 cm thick; weigh a felt of your own to set it.</source>
        <translation>Yoyish sxemasining bir kvadrat metriga yoyiladigan jun. Taxminan 1200 g/m² jun bosilgach, qalinligi taxminan 1 cm boʻlgan kigiz chiqadi; qiymatni belgilash uchun oʻz kigizingizni torting.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="166"/>
        <source>Grid</source>
        <translation>Toʻr</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="167"/>
        <source>Spacing of the grid lines on the laying map.</source>
        <translation>Yoyish sxemasidagi toʻr chiziqlari oraligʻi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="170"/>
        <source>Product</source>
        <translation>Buyum</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="171"/>
        <source>What is made: the materials follow from it.</source>
        <translation>Nima tayyorlanadi: materiallar shunga qarab hisoblanadi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="172"/>
        <source>Hours of work</source>
        <translation>Ish soatlari</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="173"/>
        <source>Rate per hour</source>
        <translation>Soatlik stavka</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="174"/>
        <source>In your currency.</source>
        <translation>Oʻz valyutangizda.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="175"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="176"/>
        <source>Written after the amounts.</source>
        <translation>Summalardan keyin yoziladi.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="177"/>
        <source>Felt price</source>
        <translation>Kigiz narxi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="178"/>
        <source>Cord price</source>
        <translation>Shnur narxi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="179"/>
        <source>Backing price</source>
        <translation>Astar narxi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="180"/>
        <source>Wool price</source>
        <translation>Jun narxi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="181"/>
        <source>Thread price</source>
        <translation>Ip narxi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="182"/>
        <source>Fabric price</source>
        <translation>Mato narxi</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="183"/>
        <source>Cloth, evenweave or stabiliser.</source>
        <translation>Mato, bir tekis toʻqilgan kanva yoki stabilizator.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="184"/>
        <source>Added to the cost to make the price.</source>
        <translation>Narx hosil boʻlishi uchun tannarxga qoʻshiladi.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../_param_strings.py" line="73"/>
        <source>Ikat/abr silk: five colours with blurred cloud edges.</source>
        <translation>Abr (ikat) ipak: besh rang, chetlari bulutsimon xira.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="74"/>
        <source>Any phone photo: even out light and colour cast, remove texture, suggest the number of colours.</source>
        <translation>Har qanday telefon surati: yorugʻlik va rang tusini bir xillashtirish, toʻqima izini yoʻqotish, ranglar sonini taklif qilish.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="75"/>
        <source>Shyrdak mosaic felt: two counterchanged colours, bold shapes, sharp corners.</source>
        <translation>Shirdak mozaik kigiz: oʻrni almashib keladigan ikki rang, yirik shakllar, oʻtkir burchaklar.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="76"/>
        <source>Suzani drawing or chain-stitch outlines: thin lines become stroked centrelines with their width.</source>
        <translation>Soʻzana chizmasi yoki zanjirsimon chok (yurma) konturlari: ingichka chiziqlar oʻz qalinligidagi markaziy chiziqlarga aylanadi.</translation>
    </message>
</context>
<context>
    <name>self._panel</name>
    <message>
        <location filename="../palette_panel.py" line="88"/>
        <source>pinned</source>
        <extracomment>colorCountChanged(AUTO): let the segmentation choose the number of colours.</extracomment>
        <translation>mahkamlangan</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../main.py" line="76"/>
        <source>File not found</source>
        <translation>Fayl topilmadi</translation>
    </message>
    <message>
        <location filename="../main.py" line="77"/>
        <source>%1 does not exist.</source>
        <translation>%1 mavjud emas.</translation>
    </message>
</context>
<context>
    <name>writers</name>
    <message>
        <location filename="../_writer_strings.py" line="11"/>
        <source>Scalable Vector Graphics, one Inkscape layer per colour</source>
        <translation>SVG vektor grafikasi, har bir rang uchun alohida Inkscape qatlami</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="12"/>
        <source>The whole design (repeat, medallion or rug) as SVG at its real size</source>
        <translation>Butun dizayn (takrorlanuvchi naqsh, medalyon yoki gilam) SVG koʻrinishida, haqiqiy oʻlchamda</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="17"/>
        <source>One seamless tile of the repeat as SVG</source>
        <translation>Takrorlanuvchi naqshning bitta choksiz boʻlagi SVG koʻrinishida</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="18"/>
        <source>The whole design as a PNG picture at its real size (dpi recorded)</source>
        <translation>Butun dizayn PNG rasm sifatida, haqiqiy oʻlchamda (dpi yozib qoʻyiladi)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="23"/>
        <source>One seamless tile of the repeat as PNG (e.g. for fabric printing)</source>
        <translation>Takrorlanuvchi naqshning bitta choksiz boʻlagi PNG koʻrinishida (masalan, matoga chop etish uchun)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="25"/>
        <source>A picture for selling online: the design on a felt rug, a cushion or a scarf, 1080 × 1080 or 1080 × 1350, with title and maker</source>
        <translation>Internetda sotish uchun rasm: dizayn kigiz gilam, yostiq yoki sharfda, 1080 × 1080 yoki 1080 × 1350, nomi va usta ismi bilan</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="36"/>
        <source>The whole design printed at 1:1 on A4, A3 or Letter pages (overlap, marks, overview page, 100 mm scale bar)</source>
        <translation>Butun dizayn A4, A3 yoki Letter varaqlarida 1:1 masshtabda chop etiladi (ustma-ust tushish, belgilar, umumiy koʻrinish varagʻi, 100 mm masshtab chizgʻichi)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="49"/>
        <source>Cross-stitch chart: symbols, DMC key with skeins, finished sizes, pages with overlap</source>
        <translation>Krestik kashta sxemasi: belgilar, oʻram soni bilan DMC ranglar roʻyxati, tayyor oʻlchamlar, ustma-ust tushadigan varaqlar</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="62"/>
        <source>Open Cross Stitch chart (DMC threads, full crosses) for other cross-stitch software</source>
        <translation>Open Cross Stitch sxemasi (DMC iplari, toʻliq krestiklar) boshqa krestik kashta dasturlari uchun</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="64"/>
        <source>Suzani transfer sheet: outlines only at 1:1, optionally mirrored, in strips with numbered match marks across the seams</source>
        <translation>Soʻzana koʻchirma varagʻi: 1:1 masshtabda faqat konturlar, xohlasangiz koʻzgusimon, boʻlaklarga ajratilgan, choklarda raqamlangan moslash belgilari bilan</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="75"/>
        <source>Embroidery preview: every stitch drawn in its thread colour at real size</source>
        <translation>Kashtani oldindan koʻrish: har bir chok oʻz ipi rangida haqiqiy oʻlchamda chizilgan</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="96"/>
        <source>Embroidery thread list: DMC number, name, stitches, thread length and skeins per colour</source>
        <translation>Kashta iplari roʻyxati: har bir rang uchun DMC raqami, nomi, choklar, ip uzunligi va oʻramlar</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="98"/>
        <source>Tajima DST machine embroidery (thread list in the header)</source>
        <translation>Tajima DST mashina kashtasi (iplar roʻyxati fayl boshida)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="99"/>
        <source>Brother/Babylock PES machine embroidery (version 6, thread colours and DMC numbers)</source>
        <translation>Brother/Babylock PES mashina kashtasi (6-versiya, ip ranglari va DMC raqamlari)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="100"/>
        <source>Janome JEF machine embroidery (nearest Janome thread colours)</source>
        <translation>Janome JEF mashina kashtasi (Janome iplarining eng yaqin ranglari)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="101"/>
        <source>Melco EXP machine embroidery (stitches and colour changes only)</source>
        <translation>Melco EXP mashina kashtasi (faqat choklar va rang almashtirishlar)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="102"/>
        <source>Pfaff/Husqvarna VP3 machine embroidery (thread colours)</source>
        <translation>Pfaff/Husqvarna VP3 mashina kashtasi (ip ranglari)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="103"/>
        <source>Ikat (abr) preview: the planned cloth at real size with the blurred, feathered edges of tied-and-dyed warp</source>
        <translation>Abr (ikat)ni oldindan koʻrish: rejalashtirilgan mato haqiqiy oʻlchamda, bogʻlab boʻyalgan tandaning xira, patsimon chetlari bilan</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="131"/>
        <source>Ikat (abr) binding chart: the warp bundles to tie before each dye bath, printed over tiled pages</source>
        <translation>Abr (ikat) bogʻlash sxemasi: har bir boʻyoq vannasidan oldin qaysi tanda dastalarini bogʻlash kerak, yopishtiriladigan varaqlarda</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="136"/>
        <source>Ikat (abr) binding plan as a table: each tie to make or cut, per bath and bundle, in cm along the warp</source>
        <translation>Abr (ikat) bogʻlash rejasi jadval koʻrinishida: har bir vanna va dasta boʻyicha bogʻlanadigan yoki kesiladigan har bir bogʻich, tanda boʻylab cm da</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="137"/>
        <source>Screen-print separations: one black film per colour at 1:1 with registration marks</source>
        <translation>Shelkografiya uchun rang ajratish: har bir rangga bittadan qora plyonka, 1:1 masshtabda, moslash belgilari bilan</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="141"/>
        <source>Screen-print separations in one SVG, one layer per colour&apos;s film, with registration marks</source>
        <translation>Shelkografiya uchun rang ajratish bitta SVG faylda: har bir rang plyonkasi uchun alohida qatlam, moslash belgilari bilan</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="142"/>
        <source>Shyrdak cut template at 1:1 on tiled pages: cut lines, pieces A/B, fold lines, narrow spots, cord, felt and backing</source>
        <translation>Shirdak kesish andozasi 1:1 masshtabda, yopishtiriladigan varaqlarda: kesish chiziqlari, A/B boʻlaklari, buklash chiziqlari, ingichka joylar, shnur, kigiz va astar</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="157"/>
        <source>Shyrdak cut template as SVG at its real size</source>
        <translation>Shirdak kesish andozasi SVG koʻrinishida, haqiqiy oʻlchamda</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="158"/>
        <source>Shyrdak materials: felt per colour (with waste), cord, backing</source>
        <translation>Shirdak uchun materiallar: har bir rangdagi kigiz (zaxirasi bilan), shnur, astar</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="159"/>
        <source>Ala-kiyiz wool-laying map at 1:1, enlarged by the shrinkage, with a 10 cm grid and wool per colour</source>
        <translation>Ala-kiyiz uchun jun yoyish sxemasi 1:1 masshtabda, kirishishga qarab kattalashtirilgan, 10 cm toʻr va har bir rangdagi jun miqdori bilan</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="168"/>
        <source>Ala-kiyiz wool per colour (areas laid and finished, grams)</source>
        <translation>Ala-kiyiz uchun har bir rangdagi jun (yoyilgan va tayyor yuzalar, gramm)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="169"/>
        <source>Costing sheet: materials from the production plans, hours × rate, price (PDF)</source>
        <translation>Tannarx hisobi: ishlab chiqarish rejalaridan materiallar, soat × stavka, narx (PDF)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="185"/>
        <source>Costing sheet as CSV</source>
        <translation>Tannarx hisobi CSV koʻrinishida</translation>
    </message>
</context>
</TS>
