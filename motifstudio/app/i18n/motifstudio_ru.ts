<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about_dialog.py" line="17"/>
        <source>About Motif Studio</source>
        <translation>О программе Motif Studio</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="21"/>
        <source>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Digitise, recolour and arrange traditional textile motifs: shyrdak, ala-kiyiz, suzani and ikat.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Оцифровка, перекраска и компоновка традиционных текстильных узоров: шырдак, ала-кийиз, сюзане и икат.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="26"/>
        <source>Made with these libraries and data:</source>
        <translation>Сделано с помощью этих библиотек и данных:</translation>
    </message>
    <message>
        <location filename="../about_dialog.py" line="30"/>
        <source>Name</source>
        <translation>Название</translation>
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
        <translation>Для чего</translation>
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
        <translation>Поиск по названиям, значениям, описаниям…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="71"/>
        <location filename="../archive_browser.py" line="100"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="94"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="95"/>
        <source>Name in Kyrgyz</source>
        <translation>Название по-кыргызски</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="95"/>
        <source>Name in Uzbek</source>
        <translation>Название по-узбекски</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="96"/>
        <source>Name in Russian</source>
        <translation>Название по-русски</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="96"/>
        <source>Name in English</source>
        <translation>Название по-английски</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="99"/>
        <source>Maker</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="105"/>
        <source>Technique</source>
        <translation>Техника</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="110"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="111"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="116"/>
        <source>Meanings</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="117"/>
        <source>Add a meaning…</source>
        <translation>Добавить значение…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="119"/>
        <source>What the motif means, as told by an informant, with the date</source>
        <translation>Что означает узор, со слов информанта, с датой</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="127"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="136"/>
        <source>Add the open project</source>
        <translation>Добавить открытый проект</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="139"/>
        <source>Open in the workspace</source>
        <translation>Открыть для работы</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="142"/>
        <source>Check the files</source>
        <translation>Проверить файлы</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="144"/>
        <source>Re-read every stored file and compare it with its SHA-256 checksum</source>
        <translation>Перечитать каждый сохранённый файл и сверить его контрольную сумму SHA-256</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="147"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="149"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="157"/>
        <source>Another archive file…</source>
        <translation>Другой файл архива…</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="159"/>
        <source>Open or create another catalogue file, e.g. one shared by a team on a network folder</source>
        <translation>Открыть или создать другой файл каталога, например общий для команды в сетевой папке</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="169"/>
        <source>Every technique</source>
        <translation>Все техники</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="184"/>
        <source>Shyrdak</source>
        <translation>Шырдак</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="184"/>
        <source>Ala-kiyiz</source>
        <translation>Ала-кийиз</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Suzani</source>
        <translation>Сюзане</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Ikat</source>
        <translation>Икат</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="185"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="225"/>
        <source>%1 of %2 records</source>
        <translation>%1 из %2 записей</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="310"/>
        <source>Edit %1</source>
        <translation>Правка: %1</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="321"/>
        <location filename="../archive_browser.py" line="325"/>
        <location filename="../archive_browser.py" line="329"/>
        <source>Add a meaning</source>
        <translation>Добавить значение</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="322"/>
        <source>What the motif means:</source>
        <translation>Что означает узор:</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="326"/>
        <source>Who told it (informant):</source>
        <translation>Кто рассказал (информант):</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="330"/>
        <source>When (e.g. 2026-06-12 or c. 1980):</source>
        <translation>Когда (например, 2026-06-12 или c. 1980):</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="342"/>
        <source>Add a meaning to %1</source>
        <translation>Значение для %1</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="358"/>
        <source>Open a project first.</source>
        <translation>Сначала откройте проект.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="362"/>
        <source>Save the project first: the archive keeps the saved file.</source>
        <translation>Сначала сохраните проект: архив хранит сохранённый файл.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="374"/>
        <source>Added record %1</source>
        <translation>Добавлена запись %1</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="389"/>
        <source>This record has no original photo to edit.</source>
        <translation>У этой записи нет исходной фотографии для правки.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="392"/>
        <source>Opened record %1</source>
        <translation>Открыта запись %1</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="397"/>
        <source>Archive file</source>
        <translation>Файл архива</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="397"/>
        <source>Motif archives (*.sqlite)</source>
        <translation>Архивы узоров (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="423"/>
        <source>All %1 stored files match their checksums.</source>
        <translation>Все сохранённые файлы (%1) совпадают с контрольными суммами.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="431"/>
        <source>%1 problems found in the archive.</source>
        <translation>В архиве найдено проблем: %1.</translation>
    </message>
    <message>
        <location filename="../archive_browser.py" line="435"/>
        <source>%1 files checked</source>
        <translation>Проверено файлов: %1</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <location filename="../design_panel.py" line="102"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="107"/>
        <source>Recolour the motif with threads or felts you can buy, a palette of ours, a palette file or a harmony. The light and dark order of the motif is kept.</source>
        <translation>Перекрасьте узор в цвета нитей или войлока, которые можно купить, в цвета нашей палитры, файла палитры или гармонии. Порядок светлых и тёмных цветов узора сохраняется.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="110"/>
        <source>Palette</source>
        <translation>Палитра</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="114"/>
        <source>Colours that touch stay at least this different (CIEDE2000). About 10 is easy to tell apart on felt and thread; 0 turns the check off.</source>
        <translation>Соприкасающиеся цвета различаются не меньше чем на это значение (CIEDE2000). Около 10 — легко различить на войлоке и нитях; 0 — без проверки.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="119"/>
        <source>Touching colours differ</source>
        <translation>Разница соседних цветов</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="122"/>
        <source>Use at most this many colours (threads or felts); the closest colours are merged. Empty: as many as the motif has.</source>
        <translation>Не больше стольких цветов (нитей или войлока); самые близкие цвета объединяются. «Все» — столько, сколько есть в узоре.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="125"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="128"/>
        <source>At most</source>
        <translation>Не больше</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="130"/>
        <source>Keep light and dark order</source>
        <translation>Сохранять порядок светлых и тёмных</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="139"/>
        <source>Each colour of the motif and the colour it becomes. Double-click (or Enter) to choose another one yourself.</source>
        <translation>Каждый цвет узора и цвет, которым он станет. Дважды щёлкните (или нажмите Enter), чтобы выбрать другой цвет самому.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="157"/>
        <source>Normal vision</source>
        <translation>Обычное зрение</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="158"/>
        <source>Red-blind (protan)</source>
        <translation>Не различает красный (протан)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="159"/>
        <source>Green-blind (deutan)</source>
        <translation>Не различает зелёный (дейтан)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="160"/>
        <source>Blue-blind (tritan)</source>
        <translation>Не различает синий (тритан)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="161"/>
        <source>Greyscale print</source>
        <translation>Чёрно-белая печать</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="164"/>
        <source>See the design as people with colour-vision deficiency see it, or as a black-and-white printer prints it. The design itself does not change.</source>
        <translation>Посмотрите, как дизайн видят люди с нарушением цветового зрения или как его напечатает чёрно-белый принтер. Сам дизайн не меняется.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="176"/>
        <source>Harmony…</source>
        <translation>Гармония…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="177"/>
        <source>Make a palette from one colour: complementary, analogous, triadic…</source>
        <translation>Составить палитру от одного цвета: противоположные, соседние, триада…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="178"/>
        <source>From image…</source>
        <translation>Из картинки…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="179"/>
        <source>Take the colours of any picture as a palette.</source>
        <translation>Взять цвета любой картинки как палитру.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="180"/>
        <source>Measure…</source>
        <translation>Измерить…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="181"/>
        <source>Photograph your threads or felts beside a white card and measure their real colours.</source>
        <translation>Сфотографируйте свои нити или войлок рядом с белой карточкой и измерьте их настоящие цвета.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="183"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="184"/>
        <source>Use a GIMP (.gpl) or Adobe (.ase) palette file.</source>
        <translation>Использовать файл палитры GIMP (.gpl) или Adobe (.ase).</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="185"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="186"/>
        <source>Save the design&apos;s colours as a GIMP (.gpl) or Adobe (.ase) palette.</source>
        <translation>Сохранить цвета дизайна как палитру GIMP (.gpl) или Adobe (.ase).</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="195"/>
        <source>Layout</source>
        <translation>Компоновка</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="199"/>
        <source>The motif alone</source>
        <translation>Только узор</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="199"/>
        <source>All-over repeat</source>
        <translation>Сплошной раппорт</translation>
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
        <translation>Ковёр или панно</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="204"/>
        <source>Make</source>
        <translation>Сделать</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="208"/>
        <source>Custom size</source>
        <translation>Свой размер</translation>
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
        <translation>Подушка 45 × 45 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="212"/>
        <source>Scarf 50 × 180 cm</source>
        <translation>Шарф 50 × 180 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="213"/>
        <source>Suzani panel 120 × 160 cm</source>
        <translation>Панно сюзане 120 × 160 см</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="214"/>
        <source>A4 sheet</source>
        <translation>Лист A4</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="219"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="239"/>
        <source>Block</source>
        <translation>Прямой</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="239"/>
        <source>Half-drop</source>
        <translation>Сдвиг вниз на половину</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="240"/>
        <source>Half-brick</source>
        <translation>Кирпич, сдвиг на половину</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="240"/>
        <source>Brick</source>
        <translation>Кирпич</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="241"/>
        <source>Mirror</source>
        <translation>Зеркальный</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="246"/>
        <source>Symmetry group %1</source>
        <translation>Группа симметрии %1</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="248"/>
        <source>How the copies repeat: the textile repeats designers know, or any of the 17 symmetry groups of the plane (p1 … p6m).</source>
        <translation>Как повторяются копии: привычные текстильные раппорты или любая из 17 групп симметрии плоскости (p1 … p6m).</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="252"/>
        <location filename="../design_panel.py" line="320"/>
        <source>Repeat</source>
        <translation>Раппорт</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="254"/>
        <source>The width of one motif. Empty: the size it was traced at.</source>
        <translation>Ширина одного узора. Пусто — исходный размер, как при векторизации.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="256"/>
        <source>Traced size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="259"/>
        <source>Motif width</source>
        <translation>Ширина узора</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="260"/>
        <source>The gap between copies.</source>
        <translation>Расстояние между копиями.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="264"/>
        <source>Spacing</source>
        <translation>Промежуток</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="265"/>
        <source>Turn the whole repeat.</source>
        <translation>Повернуть весь раппорт.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="269"/>
        <source>Turn</source>
        <translation>Поворот</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="271"/>
        <source>How far each row of a brick repeat is shifted, as a share of the motif width.</source>
        <translation>На сколько сдвинут каждый ряд в раппорте «кирпич», в процентах от ширины узора.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="275"/>
        <source>Row shift</source>
        <translation>Сдвиг рядов</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="284"/>
        <source>How many copies turn round the centre.</source>
        <translation>Сколько копий расположено по кругу вокруг центра.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="288"/>
        <source>Copies</source>
        <translation>Число копий</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="289"/>
        <source>Mirror each copy</source>
        <translation>Зеркальные копии</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="292"/>
        <source>Dihedral symmetry: each copy is mirrored about its centre line, like most shyrdak and suzani rosettes.</source>
        <translation>Зеркальная симметрия: каждая копия отражена относительно своей средней линии, как в большинстве розеток шырдака и сюзане.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="298"/>
        <source>Diameter as a share of the field&apos;s shorter side.</source>
        <translation>Диаметр в процентах от короткой стороны поля.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="302"/>
        <source>Diameter</source>
        <translation>Диаметр</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="304"/>
        <source>The empty centre, as a share of the radius.</source>
        <translation>Пустой центр, в процентах от радиуса.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="308"/>
        <source>Open centre</source>
        <translation>Пустой центр</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="321"/>
        <source>Plain ground</source>
        <translation>Однотонный фон</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="325"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="326"/>
        <source>Quarter medallions in the corners</source>
        <translation>Четверти медальона в углах</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="333"/>
        <source>Borders, outside first</source>
        <translation>Бордюры, начиная с внешнего</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="337"/>
        <source>Add a border inside the others</source>
        <translation>Добавить бордюр внутри остальных</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="342"/>
        <source>Remove the selected border</source>
        <translation>Удалить выбранный бордюр</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="358"/>
        <source>Hop: the motif repeated (p111)</source>
        <translation>Узор просто повторяется (p111)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="359"/>
        <source>Sidle: mirrored side to side (p1m1)</source>
        <translation>Зеркально влево-вправо (p1m1)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="360"/>
        <source>Jump: mirrored across the band (p11m)</source>
        <translation>Зеркально по середине полосы (p11m)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="361"/>
        <source>Step: flipped every other copy (p11g)</source>
        <translation>Каждая вторая перевёрнута (p11g)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="362"/>
        <source>Spinning hop: half-turned copies (p211)</source>
        <translation>Поворот на пол-оборота (p211)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="363"/>
        <source>Spinning sidle (p2mg)</source>
        <translation>Зеркально и с поворотом (p2mg)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="364"/>
        <source>Spinning jump: all mirrors (p2mm)</source>
        <translation>Зеркально со всех сторон (p2mm)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="367"/>
        <source>Pattern</source>
        <translation>Рисунок</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="371"/>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="374"/>
        <source>Mitred at 45°</source>
        <translation>Стык под 45°</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="375"/>
        <source>A motif in each corner</source>
        <translation>Узор в каждом углу</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="377"/>
        <source>Corners</source>
        <translation>Углы</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="379"/>
        <source>Plain ground between this border and the next one inside.</source>
        <translation>Полоса фона между этим бордюром и следующим внутренним.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="382"/>
        <source>Gap inside</source>
        <translation>Отступ внутрь</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="392"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="392"/>
        <source>Swap everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="393"/>
        <source>Every other copy</source>
        <translation>В каждой второй копии</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="396"/>
        <source>Counterchange two colours, as in a shyrdak cut from two felts: the positive and negative pieces.</source>
        <translation>Два цвета меняются местами, как в шырдаке, вырезанном из двух войлоков: из одних и тех же кусков получаются прямой и обратный узор.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="400"/>
        <source>Counterchange</source>
        <translation>Обмен цветов</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="409"/>
        <source>Swap</source>
        <translation>Поменять</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="414"/>
        <source>The ground between the copies. Automatic: the motif&apos;s largest colour.</source>
        <translation>Фон между копиями. «Автоматически» — цвет, которого в узоре больше всего.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="416"/>
        <source>Ground</source>
        <translation>Фон</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="423"/>
        <source>Symmetry repair</source>
        <translation>Исправление симметрии</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="425"/>
        <source>Old textiles are rarely perfectly symmetric. Find the motif&apos;s symmetry and, if you wish, make its copies agree; the photo and the undo history keep the original.</source>
        <translation>Старые изделия редко бывают идеально симметричными. Найдите симметрию узора и, если хотите, сделайте его повторяющиеся части одинаковыми; фото и история изменений сохраняют оригинал.</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="431"/>
        <source>Find symmetry</source>
        <translation>Найти симметрию</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="434"/>
        <source>Make symmetric</source>
        <translation>Сделать симметричным</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="450"/>
        <source>Traced colours</source>
        <translation>Исходные цвета</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="451"/>
        <source>threads</source>
        <translation>нити</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="451"/>
        <source>modern</source>
        <translation>современные</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="452"/>
        <source>natural dyes</source>
        <translation>природные красители</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="452"/>
        <source>mine</source>
        <translation>мои</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="458"/>
        <source>%1 (this project)</source>
        <translation>%1 (этот проект)</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="503"/>
        <source>%1. %2, %3 mm</source>
        <translation>%1. %2, %3 мм</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="519"/>
        <source>%1 × %2 cm, %3 copies of the motif</source>
        <translation>%1 × %2 см, копий узора: %3</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="546"/>
        <source>Was %1, now %2</source>
        <translation>Было %1, стало %2</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="570"/>
        <location filename="../design_panel.py" line="671"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="620"/>
        <source>Seen this way, the closest touching colours differ by ΔE %1%2</source>
        <translation>В таком виде самые близкие соседние цвета различаются на ΔE %1%2</translation>
    </message>
    <message>
        <location filename="../design_panel.py" line="622"/>
        <source>: hard to tell apart.</source>
        <translation>: их трудно различить.</translation>
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
        <translation>Открыть палитру</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="134"/>
        <source>Palettes (*.gpl *.ase)</source>
        <translation>Палитры (*.gpl *.ase)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="149"/>
        <source>Take the colours of an image</source>
        <translation>Взять цвета из картинки</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="150"/>
        <location filename="../design_step.py" line="167"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="166"/>
        <source>A photo of threads or felts beside a white card</source>
        <translation>Фото нитей или войлока рядом с белой карточкой</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="185"/>
        <source>Measured %1 colours; kept in %2</source>
        <translation>Измерено цветов: %1; сохранено в %2</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="205"/>
        <source>Save the colours</source>
        <translation>Сохранить цвета</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="213"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="217"/>
        <source>Automatic (the motif&apos;s largest colour)</source>
        <translation>Автоматически (цвет, которого в узоре больше всего)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="218"/>
        <source>Choose a colour…</source>
        <translation>Выбрать цвет…</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="225"/>
        <source>Ground colour</source>
        <translation>Цвет фона</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="240"/>
        <source>mirrored left to right</source>
        <translation>зеркальный слева направо</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="241"/>
        <source>mirrored top to bottom</source>
        <translation>зеркальный сверху вниз</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="242"/>
        <source>the same after a half turn</source>
        <translation>не меняется при повороте на пол-оборота</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="243"/>
        <source>mirrored both ways</source>
        <translation>зеркальный в обе стороны</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="244"/>
        <source>the same after a quarter turn</source>
        <translation>не меняется при повороте на четверть оборота</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="245"/>
        <source>mirrored both ways and on the diagonals</source>
        <translation>зеркальный в обе стороны и по диагоналям</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="249"/>
        <source>No clear symmetry found.</source>
        <translation>Явной симметрии не найдено.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="251"/>
        <source>Closest: %1, %2 % of the motif agrees.</source>
        <translation>Ближе всего: %1, совпадает %2 % узора.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="260"/>
        <source>The motif is %1: %2 % of it already agrees. “Make symmetric” gives each part the colour most of its copies have.</source>
        <translation>Узор %1: %2 % уже совпадает. «Сделать симметричным» даст каждой части цвет, который есть у большинства её копий.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="271"/>
        <source>Made symmetric. Undo (Ctrl+Z) brings back the original shapes.</source>
        <translation>Узор стал симметричным. «Отменить» (Ctrl+Z) вернёт исходные формы.</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <location filename="../edit_text.py" line="24"/>
        <location filename="../edit_text.py" line="111"/>
        <source>Layout</source>
        <translation>Компоновка</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="25"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="26"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="27"/>
        <source>Corner medallions</source>
        <translation>Угловые медальоны</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="28"/>
        <source>Counterchange</source>
        <translation>Обмен цветов</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="29"/>
        <source>Ground colour</source>
        <translation>Цвет фона</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="30"/>
        <source>Repeat</source>
        <translation>Раппорт</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="31"/>
        <source>Motif width</source>
        <translation>Ширина узора</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="32"/>
        <source>Spacing</source>
        <translation>Промежуток</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="33"/>
        <source>Turn</source>
        <translation>Поворот</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="34"/>
        <source>Row shift</source>
        <translation>Сдвиг рядов</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="35"/>
        <source>Medallion copies</source>
        <translation>Копии медальона</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="36"/>
        <source>Mirrored copies</source>
        <translation>Зеркальные копии</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="37"/>
        <source>Medallion size</source>
        <translation>Размер медальона</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="38"/>
        <source>Open centre</source>
        <translation>Пустой центр</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="39"/>
        <source>Touching colours differ</source>
        <translation>Разница соседних цветов</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="40"/>
        <source>At most</source>
        <translation>Цветов не больше</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="41"/>
        <source>Keep light and dark order</source>
        <translation>Порядок светлых и тёмных</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="42"/>
        <source>Chosen colour</source>
        <translation>Выбранный цвет</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="50"/>
        <source>the motif alone</source>
        <translation>только узор</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="51"/>
        <source>repeat</source>
        <translation>раппорт</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="52"/>
        <source>medallion</source>
        <translation>медальон</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="53"/>
        <source>rug</source>
        <translation>ковёр</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="54"/>
        <source>plain ground</source>
        <translation>однотонный фон</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="55"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="56"/>
        <source>everywhere</source>
        <translation>везде</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="57"/>
        <source>every other copy</source>
        <translation>в каждой второй копии</translation>
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
        <translation>вкл.</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="67"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="71"/>
        <source>set</source>
        <translation>задано</translation>
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
        <translation>Набор настроек %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="92"/>
        <source>Pin colour %1</source>
        <translation>Закрепить цвет %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="94"/>
        <source>Unpin colour %1</source>
        <translation>Открепить цвет %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="96"/>
        <source>Edit details</source>
        <translation>Изменение сведений</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="107"/>
        <source>Borders</source>
        <translation>Бордюры</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="109"/>
        <source>Colours to swap</source>
        <translation>Цвета для обмена</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="113"/>
        <source>Palette %1</source>
        <translation>Палитра %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="115"/>
        <source>Make symmetric</source>
        <translation>Исправление симметрии</translation>
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
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177"/>
        <source>Print and pictures</source>
        <translation>Печать и картинки</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="177"/>
        <source>Felt</source>
        <translation>Войлок</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="178"/>
        <source>Silk and screen printing</source>
        <translation>Шёлк и шелкография</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179"/>
        <source>Machine embroidery</source>
        <translation>Машинная вышивка</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="179"/>
        <source>Hand embroidery</source>
        <translation>Ручная вышивка</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="180"/>
        <source>Selling and costing</source>
        <translation>Продажа и расчёт стоимости</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="221"/>
        <source>This format has no options.</source>
        <translation>У этого формата нет настроек.</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="236"/>
        <source>Making the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="271"/>
        <source>No preview for this format.</source>
        <translation>Для этого формата нет предпросмотра.</translation>
    </message>
</context>
<context>
    <name>HarmonyDialog</name>
    <message>
        <location filename="../harmony_dialog.py" line="26"/>
        <source>Colour harmony</source>
        <translation>Гармония цветов</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="36"/>
        <location filename="../harmony_dialog.py" line="76"/>
        <source>Base colour</source>
        <translation>Основной цвет</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="39"/>
        <source>Complementary</source>
        <translation>Противоположные</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="39"/>
        <source>Analogous</source>
        <translation>Соседние</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="40"/>
        <source>Triadic</source>
        <translation>Триада (три цвета)</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="40"/>
        <source>Split complementary</source>
        <translation>Соседи противоположного</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="41"/>
        <source>Tetradic</source>
        <translation>Две противоположные пары</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="41"/>
        <source>Monochromatic</source>
        <translation>Оттенки одного цвета</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="45"/>
        <source>Harmony</source>
        <translation>Гармония</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="51"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="57"/>
        <source>Regenerate unlocked</source>
        <translation>Обновить незакреплённые</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="59"/>
        <source>Keep the locked colours, vary the others</source>
        <translation>Закреплённые цвета остаются, остальные меняются</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="63"/>
        <source>Use as palette</source>
        <translation>Взять как палитру</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="122"/>
        <source>Lock</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location filename="../harmony_dialog.py" line="133"/>
        <source>Harmony: %1</source>
        <translation>Гармония: %1</translation>
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
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Open &amp;Photo…</source>
        <translation>Открыть &amp;фото…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110"/>
        <source>Open a photo or scan of a motif</source>
        <translation>Открыть фото или скан узора</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Open P&amp;roject…</source>
        <translation>Открыть &amp;проект…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112"/>
        <source>Open a saved .motif project</source>
        <translation>Открыть сохранённый проект .motif</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="114"/>
        <source>Save the project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116"/>
        <source>Save the project under a new name</source>
        <translation>Сохранить проект под новым именем</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>&amp;Export SVG…</source>
        <translation>&amp;Экспорт в SVG…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="118"/>
        <source>Export the vector motif at real size</source>
        <translation>Экспортировать векторный узор в реальном размере</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119"/>
        <source>E&amp;xport for Production…</source>
        <translation>Экспорт для произво&amp;дства…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>Print at 1:1, cut templates, binding plans, stitch files, charts, pictures</source>
        <translation>Печать 1:1, шаблоны раскроя, планы перевязки, файлы для вышивальных машин, схемы, картинки</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>&amp;Archive…</source>
        <translation>&amp;Архив…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="124"/>
        <source>The motif catalogue: search, details, checksums</source>
        <translation>Каталог узоров: поиск, сведения, контрольные суммы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="126"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Fit to Window</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>&amp;Actual Pixels (100%)</source>
        <translation>&amp;Исходный размер (100%)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Photo</source>
        <translation>&amp;Фото</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>&amp;Cleaned</source>
        <translation>&amp;Очищенное</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>Colour &amp;Regions</source>
        <translation>&amp;Цветовые области</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;Vector</source>
        <translation>&amp;Вектор</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Vector &amp;over Photo</source>
        <translation>Вектор &amp;поверх фото</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <location filename="../main_window.py" line="200"/>
        <location filename="../main_window.py" line="499"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Stop the work in progress</source>
        <translation>Остановить текущую обработку</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>&amp;About Motif Studio</source>
        <translation>&amp;О программе Motif Studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>&amp;Tour</source>
        <translation>&amp;Знакомство</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
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
        <translation>Изменение цвета</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="271"/>
        <source>Merge colours</source>
        <translation>Объединение цветов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="273"/>
        <source>Split colour</source>
        <translation>Разделение цвета</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Open a photo of a motif</source>
        <translation>Открыть фото узора</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Изображения (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>Open a project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316"/>
        <location filename="../main_window.py" line="386"/>
        <source>Motif projects (*.motif)</source>
        <translation>Проекты Motif Studio (*.motif)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <location filename="../main_window.py" line="391"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="385"/>
        <source>Save project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="399"/>
        <source>Export SVG</source>
        <translation>Экспорт в SVG</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <location filename="../main_window.py" line="480"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="439"/>
        <source>Nothing to export yet</source>
        <translation>Пока нечего экспортировать</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="440"/>
        <source>The motif is still being traced, or its design has a problem shown in the Design step.</source>
        <translation>Узор ещё векторизуется, или в его дизайне есть ошибка, показанная на шаге «Дизайн».</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470"/>
        <source>Export design</source>
        <translation>Экспорт дизайна</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>%1 files (*%2)</source>
        <translation>Файлы %1 (*%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="542"/>
        <location filename="../main_window.py" line="890"/>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="612"/>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="617"/>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="641"/>
        <source>No corners found</source>
        <translation>Углы не найдены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="642"/>
        <source>The textile does not stand out clearly from its background. Drag the four corners by hand instead.</source>
        <translation>Изделие плохо отличается от фона. Перетащите четыре угла вручную.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="670"/>
        <source>Region of colour %1 selected</source>
        <translation>Выбрана область цвета %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="695"/>
        <source>Recolour region</source>
        <translation>Перекраска области</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="716"/>
        <source>Merge region</source>
        <translation>Объединение области</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="744"/>
        <source>Drag the four corners onto the corners of the textile.</source>
        <translation>Перетащите четыре угла на углы изделия.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="745"/>
        <source>Drag the frame around the part to keep.</source>
        <translation>Перетащите рамку вокруг части, которую нужно оставить.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="746"/>
        <source>Click something that should be white or grey.</source>
        <translation>Щёлкните по месту, которое должно быть белым или серым.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="747"/>
        <source>Click a region to select it.</source>
        <translation>Щёлкните по области, чтобы выбрать её.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="748"/>
        <source>Paint over the regions to correct them.</source>
        <translation>Закрасьте области, чтобы исправить их.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="749"/>
        <source>Click a region to fill it with the chosen colour.</source>
        <translation>Щёлкните по области, чтобы залить её выбранным цветом.</translation>
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
        <translation>, линий: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="800"/>
        <source>%1 colours, %2 regions%3, %4 curve segments</source>
        <translation>Цветов: %1, областей: %2%3, сегментов кривых: %4</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="804"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="807"/>
        <source>%1 corrections no longer apply after the colours changed</source>
        <translation>После смены цветов перестали действовать исправления: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="830"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="832"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="853"/>
        <source>Reading the photo…</source>
        <translation>Чтение фото…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="854"/>
        <source>Reading the project…</source>
        <translation>Чтение проекта…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="855"/>
        <source>Cleaning up…</source>
        <translation>Очистка…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="856"/>
        <source>Finding colours…</source>
        <translation>Поиск цветов…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="857"/>
        <source>Tracing…</source>
        <translation>Векторизация…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="858"/>
        <source>Finding boundaries…</source>
        <translation>Поиск границ…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="859"/>
        <source>Fitting curves…</source>
        <translation>Построение кривых…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="860"/>
        <source>Checking the shapes…</source>
        <translation>Проверка фигур…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="861"/>
        <source>Finding the corners…</source>
        <translation>Поиск углов…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="862"/>
        <source>Working…</source>
        <translation>Обработка…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="898"/>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../measure_dialog.py" line="92"/>
        <source>Measure threads or felts</source>
        <translation>Измерение нитей или войлока</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="114"/>
        <source>White card</source>
        <translation>Белая карточка</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="115"/>
        <source>18 % grey card</source>
        <translation>Серая карточка 18 %</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="116"/>
        <source>Reference</source>
        <translation>Эталон</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="118"/>
        <source>Swatches (double-click to rename)</source>
        <translation>Образцы (двойной щелчок — переименовать)</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="122"/>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="132"/>
        <source>Make palette</source>
        <translation>Создать палитру</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="148"/>
        <source>reference</source>
        <translation>эталон</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="150"/>
        <source>Swatch %1</source>
        <translation>Образец %1</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="171"/>
        <source>1. Drag a box on the white or grey card.</source>
        <translation>1. Обведите рамкой участок белой или серой карточки.</translation>
    </message>
    <message>
        <location filename="../measure_dialog.py" line="173"/>
        <source>2. Drag a box on each thread or felt. Then press “Make palette”.</source>
        <translation>2. Обведите рамкой каждую нить или кусок войлока. Затем нажмите «Создать палитру».</translation>
    </message>
</context>
<context>
    <name>MotifCanvas</name>
    <message>
        <location filename="../canvas.py" line="72"/>
        <source>Motif canvas</source>
        <extracomment>Files the canvas accepts by drag and drop (lower case).</extracomment>
        <translation>Холст с узором</translation>
    </message>
</context>
<context>
    <name>PalettePanel</name>
    <message>
        <location filename="../palette_panel.py" line="162"/>
        <source>Colours:</source>
        <translation>Цвета:</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="169"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="170"/>
        <source>Number of colours</source>
        <translation>Количество цветов</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="171"/>
        <source>How many colours to find in the photo. Auto suggests a number; type a number to get exactly that many.</source>
        <translation>Сколько цветов найти на фото. «Авто» подбирает число само; введите число, чтобы получить ровно столько цветов.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="189"/>
        <source>Palette colours</source>
        <translation>Цвета палитры</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="200"/>
        <source>The colours appear here once the photo is split into colours.</source>
        <translation>Цвета появятся здесь, когда фото будет разделено на цвета.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="207"/>
        <source>Change colour…</source>
        <translation>Изменить цвет…</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="209"/>
        <source>Pick a new colour for the selected colour</source>
        <translation>Выбрать новый цвет вместо выделенного</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="211"/>
        <location filename="../palette_panel.py" line="404"/>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="213"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="215"/>
        <source>Split in two</source>
        <translation>Разделить на два</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="216"/>
        <source>Separate the selected colour into two colours</source>
        <translation>Разделить выделенный цвет на два цвета</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="261"/>
        <source>pinned</source>
        <translation>закреплён</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="344"/>
        <source>Change colour %1</source>
        <translation>Изменить цвет %1</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="395"/>
        <source>%1 found</source>
        <translation>найдено: %1</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="404"/>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="406"/>
        <source>Let this colour change again when the colours are found again</source>
        <translation>Разрешить этому цвету меняться при повторном поиске цветов</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="407"/>
        <source>Keep this colour exactly when the colours are found again</source>
        <translation>Сохранять этот цвет без изменений при повторном поиске цветов</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="411"/>
        <source>Merge %1 into %2</source>
        <translation>Объединить %1 с %2 (останется %2)</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="415"/>
        <source>Select a colour, then Ctrl-click the colour to merge it into</source>
        <translation>Выберите цвет, затем щёлкните с Ctrl по цвету, с которым его нужно объединить</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="417"/>
        <source>Ctrl-click a second colour to merge the first into it.</source>
        <translation>Щёлкните с Ctrl по второму цвету, чтобы объединить с ним первый.</translation>
    </message>
    <message>
        <location filename="../palette_panel.py" line="419"/>
        <source>Click a colour to change, pin or split it.</source>
        <translation>Щёлкните по цвету, чтобы изменить, закрепить или разделить его.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <location filename="../param_form.py" line="384"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="385"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="386"/>
        <source>From the picked white point</source>
        <translation>По выбранной точке белого</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="387"/>
        <source>Median (keeps edges, fast)</source>
        <translation>Медианный (сохраняет края, быстро)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="388"/>
        <source>Bilateral (keeps fine detail)</source>
        <translation>Билатеральный (сохраняет мелкие детали)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="389"/>
        <source>Total variation (smoothest)</source>
        <translation>Полная вариация (самый гладкий)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="390"/>
        <source>Full resolution (slower)</source>
        <translation>Полное разрешение (медленнее)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="391"/>
        <source>Colour regions</source>
        <translation>Цветовые области</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="392"/>
        <source>Regions and centre lines</source>
        <translation>Области и осевые линии</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="393"/>
        <location filename="../param_form.py" line="426"/>
        <source>pixels</source>
        <translation>пиксели</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="394"/>
        <source>square millimetres</source>
        <translation>квадратные миллиметры</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="396"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="397"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="398"/>
        <source>One chart for all baths</source>
        <translation>Одна схема для всех ванн</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="399"/>
        <source>A chart per bath</source>
        <translation>Схема на каждую ванну</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="400"/>
        <source>Down the design</source>
        <translation>Вдоль узора сверху вниз</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="401"/>
        <source>Across the design</source>
        <translation>Поперёк узора</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="402"/>
        <source>Symbols on colour</source>
        <translation>Символы на цвете</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="403"/>
        <source>Symbols only</source>
        <translation>Только символы</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="404"/>
        <source>Overdye (tie once)</source>
        <translation>Передувка (перевязать один раз)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="405"/>
        <source>One bath per cell</source>
        <translation>Одна ванна на клетку</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="406"/>
        <source>Print it</source>
        <translation>Печатать</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="407"/>
        <source>Stitch it</source>
        <translation>Вышивать</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="408"/>
        <source>Leave the fabric bare</source>
        <translation>Оставить ткань чистой</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="409"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="410"/>
        <source>Running stitch</source>
        <translation>Строчка вперёд иголку</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="411"/>
        <source>Bean stitch</source>
        <translation>Тройная строчка</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="412"/>
        <source>Felt rug</source>
        <translation>Войлочный ковёр</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="413"/>
        <source>Cushion</source>
        <translation>Подушка</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="414"/>
        <source>Scarf</source>
        <translation>Шарф</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="415"/>
        <source>Square 1080 × 1080</source>
        <translation>Квадрат 1080 × 1080</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="416"/>
        <source>Shyrdak</source>
        <translation>Шырдак</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="417"/>
        <source>Ala-kiyiz</source>
        <translation>Ала-кийиз</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="418"/>
        <source>Machine embroidery</source>
        <translation>Машинная вышивка</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="419"/>
        <source>Cross-stitch</source>
        <translation>Вышивка крестиком</translation>
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
        <translation>Мп</translation>
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
        <translation>ч</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="435"/>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="436"/>
        <source>per m²</source>
        <translation>за м²</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="437"/>
        <source>per m</source>
        <translation>за м</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="438"/>
        <source>per kg</source>
        <translation>за кг</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="439"/>
        <source>per skein</source>
        <translation>за моток</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="440"/>
        <source>squares/inch</source>
        <translation>клеток/дюйм</translation>
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
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="471"/>
        <source>Show or hide the less common settings</source>
        <translation>Показать или скрыть редко используемые настройки</translation>
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
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="321"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="322"/>
        <source>Same as the computer</source>
        <translation>Как на компьютере</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="323"/>
        <source>The language changes at once, no restart needed.</source>
        <translation>Язык меняется сразу, перезапуск не нужен.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="324"/>
        <source>Autosave:</source>
        <translation>Автосохранение:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="326"/>
        <source>Unsaved work is kept safe at this interval. If Motif Studio closes unexpectedly, it offers the work back next time.</source>
        <translation>Несохранённая работа сохраняется с этим интервалом. Если Motif Studio неожиданно закроется, при следующем запуске программа предложит её восстановить.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="328"/>
        <source>Panels:</source>
        <translation>Панели:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="329"/>
        <source>Show advanced options</source>
        <translation>Показывать дополнительные настройки</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="330"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="331"/>
        <source>Logs, settings and recovered work are kept in {path}</source>
        <translation>Журналы, настройки и восстановленная работа хранятся в {path}</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="333"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="345"/>
        <source>Every minute</source>
        <translation>Каждую минуту</translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="348"/>
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Каждую %n минуту</numerusform>
            <numerusform>Каждые %n минуты</numerusform>
            <numerusform>Каждые %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="349"/>
        <source>Every %n seconds</source>
        <translation>
            <numerusform>Каждую %n секунду</numerusform>
            <numerusform>Каждые %n секунды</numerusform>
            <numerusform>Каждые %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../recovery.py" line="616"/>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="617"/>
        <source>Motif Studio closed unexpectedly.</source>
        <translation>Motif Studio неожиданно закрылась.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="619"/>
        <source>Recover your unsaved work? Tick what you want to keep. “Later” keeps it safe and asks again next time.</source>
        <translation>Восстановить несохранённую работу? Отметьте то, что хотите сохранить. Кнопка «Позже» сбережёт работу и спросит снова в следующий раз.</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="621"/>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="622"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="623"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="667"/>
        <source>Untitled motif</source>
        <translation>Узор без названия</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="670"/>
        <source>Autosaved {time}</source>
        <translation>Автосохранение: {time}</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="671"/>
        <source>Project: {path}</source>
        <translation>Проект: {path}</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="672"/>
        <source>Not yet saved as a project</source>
        <translation>Ещё не сохранено как проект</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="702"/>
        <source>Discard unsaved work?</source>
        <translation>Удалить несохранённую работу?</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="703"/>
        <source>The ticked work will be deleted. This cannot be undone.</source>
        <translation>Отмеченная работа будет удалена. Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../start_page.py" line="70"/>
        <source>Ram&apos;s horn (shyrdak)</source>
        <translation>Бараний рог (шырдак)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="71"/>
        <source>Kyrgyz mosaic felt in two colours, photographed with a phone on a table.</source>
        <translation>Кыргызский мозаичный войлок в два цвета, снятый телефоном на столе.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="74"/>
        <source>Suzani rosette</source>
        <translation>Розетка сюзане</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="75"/>
        <source>Uzbek embroidery in five colours on cotton.</source>
        <translation>Узбекская вышивка в пять цветов по хлопку.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="78"/>
        <source>Ikat band</source>
        <translation>Полоса иката</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="79"/>
        <source>Silk ikat (abr) with feathered edges, five colours.</source>
        <translation>Шёлковый икат (абр) с размытыми краями, пять цветов.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="82"/>
        <source>Tulip outline (line art)</source>
        <translation>Контур тюльпана (линейный рисунок)</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="83"/>
        <source>Clean line art for tracing centre lines.</source>
        <translation>Чёткий линейный рисунок для векторизации по осевым линиям.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="269"/>
        <source>Remove from this list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="642"/>
        <source>Motif Studio</source>
        <translation>Motif Studio</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="644"/>
        <source>Turn a photo of a felt, an embroidery or an ikat into clean colour shapes — ready to recolour, repeat and print.</source>
        <translation>Превратите фото войлока, вышивки или иката в чёткие цветовые формы — их можно перекрасить, повторить и напечатать.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="646"/>
        <source>Open photo…</source>
        <translation>Открыть фото…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="647"/>
        <source>Start from a photo or scan of a textile</source>
        <translation>Начать с фото или скана изделия</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="648"/>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="649"/>
        <source>Continue a saved Motif Studio project</source>
        <translation>Продолжить сохранённый проект Motif Studio</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="650"/>
        <source>You can also drop a photo or a project file anywhere on this page.</source>
        <translation>Можно также перетащить фото или файл проекта в любое место этой страницы.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="652"/>
        <source>Try a sample</source>
        <translation>Попробуйте пример</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="653"/>
        <source>No photo at hand? Start with one of these.</source>
        <translation>Нет фото под рукой? Начните с одного из примеров.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="654"/>
        <source>The sample pictures are not installed.</source>
        <translation>Примеры изображений не установлены.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="655"/>
        <source>Recent projects</source>
        <translation>Недавние проекты</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="656"/>
        <source>Projects you save will appear here.</source>
        <translation>Здесь появятся проекты, которые вы сохраните.</translation>
    </message>
    <message>
        <location filename="../start_page.py" line="657"/>
        <source>Drop to open</source>
        <translation>Отпустите, чтобы открыть</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../steps_panel.py" line="62"/>
        <source>done</source>
        <extracomment>The canvas tools the panel can request (toolRequested). The views the switcher offers (viewRequested). Parameters shown on the Colours page by the palette panel instead of the form.</extracomment>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="64"/>
        <source>Step %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Clean up</source>
        <translation>Очистка</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="221"/>
        <source>Colours</source>
        <translation>Цвета</translation>
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
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="238"/>
        <source>New colours and arrangements at real size</source>
        <translation>Новые цвета и компоновка в реальном размере</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="366"/>
        <source>Photograph the textile flat, in daylight, filling the frame.</source>
        <translation>Снимайте изделие расправленным, при дневном свете, чтобы оно заполняло весь кадр.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="368"/>
        <source>Kind of textile</source>
        <translation>Вид изделия</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="371"/>
        <source>Preset</source>
        <translation>Набор настроек</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="372"/>
        <source>Choose a preset…</source>
        <translation>Выберите набор настроек…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="389"/>
        <source>A preset sets every step to suit the textile; you can still change each setting.</source>
        <translation>Набор настроек подстраивает все шаги под изделие; каждую настройку всё равно можно изменить.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="393"/>
        <source>Make the textile straight, square and evenly lit.</source>
        <translation>Выровняйте изделие: ровные края, прямые углы и равномерное освещение.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="394"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="395"/>
        <source>Straighten (4 corners)</source>
        <translation>Выровнять (4 угла)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="396"/>
        <source>Click the four corners of the textile on the photo; it is straightened to a rectangle.</source>
        <translation>Щёлкните по четырём углам изделия на фото — оно будет выпрямлено в прямоугольник.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="400"/>
        <source>Find corners</source>
        <translation>Найти углы</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="403"/>
        <source>Look for the textile&apos;s corners automatically; you can then move them.</source>
        <translation>Найти углы изделия автоматически; потом их можно передвинуть.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="407"/>
        <source>Crop</source>
        <translation>Обрезать</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="408"/>
        <source>Drag a rectangle around the part of the photo to keep.</source>
        <translation>Обведите рамкой часть фото, которую нужно оставить.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="409"/>
        <source>Pick white point</source>
        <translation>Выбрать точку белого</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="410"/>
        <source>Click a spot of the textile that should be white or grey to remove the colour cast of the light.</source>
        <translation>Щёлкните по месту на изделии, которое должно быть белым или серым, чтобы убрать цветной оттенок освещения.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="413"/>
        <location filename="../steps_panel.py" line="423"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="417"/>
        <source>The photo is split into a few flat colours.</source>
        <translation>Фото разделяется на несколько однотонных цветов.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="426"/>
        <source>Correct by hand</source>
        <translation>Исправить вручную</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="427"/>
        <source>Select region</source>
        <translation>Выбрать область</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="428"/>
        <source>Click a region to select it.</source>
        <translation>Щёлкните по области, чтобы выбрать её.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="429"/>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="430"/>
        <source>Paint a colour of the palette onto the regions.</source>
        <translation>Закрашивайте области цветом из палитры.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="431"/>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="432"/>
        <source>Click a region to give it the chosen colour.</source>
        <translation>Щёлкните по области, чтобы залить её выбранным цветом.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="437"/>
        <location filename="../steps_panel.py" line="439"/>
        <source>Brush size</source>
        <translation>Размер кисти</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="452"/>
        <source>Recolour region…</source>
        <translation>Перекрасить область…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="452"/>
        <source>Give the selected region another colour.</source>
        <translation>Задать выбранной области другой цвет.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="456"/>
        <source>Merge into neighbour</source>
        <translation>Объединить с соседней</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="457"/>
        <source>The selected region takes the colour of the region around it.</source>
        <translation>Выбранная область получит цвет окружающей её области.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="462"/>
        <source>Select a region on the image to change it.</source>
        <translation>Выберите область на изображении, чтобы изменить её.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="465"/>
        <source>The colour regions become smooth vector shapes.</source>
        <translation>Цветовые области превращаются в гладкие векторные фигуры.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="466"/>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="467"/>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="467"/>
        <source>Cleaned</source>
        <translation>Очищенное</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="468"/>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="469"/>
        <source>Overlay</source>
        <translation>Наложение</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="470"/>
        <source>The photo as it was taken</source>
        <translation>Фото в исходном виде</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="471"/>
        <source>The straightened and cleaned photo</source>
        <translation>Выровненное и очищенное фото</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="472"/>
        <source>The flat colour regions</source>
        <translation>Однотонные цветовые области</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="473"/>
        <source>The vector shapes</source>
        <translation>Векторные фигуры</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="474"/>
        <source>The vector shapes over the photo</source>
        <translation>Векторные фигуры поверх фото</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="493"/>
        <location filename="../steps_panel.py" line="495"/>
        <source>Overlay opacity</source>
        <translation>Непрозрачность наложения</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="502"/>
        <source>Tracing</source>
        <translation>Векторизация</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="504"/>
        <source>Real size</source>
        <translation>Реальный размер</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="507"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="517"/>
        <source>Give the motif new colours and arrange it: a repeat, a medallion or a whole rug, at its real size.</source>
        <translation>Дайте узору новые цвета и скомпонуйте его: раппорт, медальон или целый ковёр — в реальном размере.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="524"/>
        <source>Save project (.motif)…</source>
        <translation>Сохранить проект (.motif)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="525"/>
        <source>Keep the original photo, every setting and the result in one file you can open again.</source>
        <translation>Сохранить исходное фото, все настройки и результат в одном файле, который можно снова открыть.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="528"/>
        <source>Export SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="529"/>
        <source>A vector file for Inkscape, Illustrator, CorelDRAW or a cutting plotter.</source>
        <translation>Векторный файл для Inkscape, Illustrator, CorelDRAW или режущего плоттера.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="534"/>
        <source>SVG keeps the real size in millimetres: printed at 100 %, the motif measures what it measures on the textile.</source>
        <translation>SVG сохраняет реальный размер в миллиметрах: при печати в масштабе 100 % узор будет того же размера, что и на изделии.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="536"/>
        <source>The design</source>
        <translation>Дизайн</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="538"/>
        <source>Print at real size (PDF)…</source>
        <translation>Печать в реальном размере (PDF)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="539"/>
        <source>The whole design at 1:1 on A4 or Letter pages to tape together, with a 100 mm bar to check the printer.</source>
        <translation>Весь дизайн в масштабе 1:1 на листах A4 или Letter, которые нужно склеить, с полосой 100 mm для проверки принтера.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="541"/>
        <source>For production…</source>
        <translation>Для производства…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="542"/>
        <source>Felt cut templates, ikat binding plans, embroidery machine files, cross-stitch charts, pictures for selling online.</source>
        <translation>Шаблоны раскроя войлока, планы перевязки иката, файлы для вышивальных машин, схемы для вышивки крестиком, картинки для продажи в интернете.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="544"/>
        <source>Export design as SVG…</source>
        <translation>Экспорт дизайна в SVG…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="545"/>
        <source>The whole design (repeat, medallion or rug) at its real size.</source>
        <translation>Весь дизайн (раппорт, медальон или ковёр) в реальном размере.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="546"/>
        <source>Export design as PNG…</source>
        <translation>Экспорт дизайна в PNG…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="547"/>
        <source>A picture of the whole design, for screens and selling online.</source>
        <translation>Картинка всего дизайна — для экрана и продажи в интернете.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="548"/>
        <source>Export seamless tile (SVG)…</source>
        <translation>Экспорт бесшовного фрагмента (SVG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="549"/>
        <source>One tile of the repeat that joins itself on every side.</source>
        <translation>Один фрагмент раппорта, который стыкуется сам с собой со всех сторон.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="550"/>
        <source>Export seamless tile (PNG)…</source>
        <translation>Экспорт бесшовного фрагмента (PNG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="551"/>
        <source>One tile of the repeat as a picture, e.g. for fabric printing.</source>
        <translation>Один фрагмент раппорта в виде картинки, например для печати на ткани.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="560"/>
        <source>Any photo (automatic)</source>
        <translation>Любое фото (автоматически)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="561"/>
        <source>Shyrdak felt, 2 colours</source>
        <translation>Шырдак (войлок), 2 цвета</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="562"/>
        <source>Suzani outlines</source>
        <translation>Контуры сюзане</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="563"/>
        <source>Ikat silk, 5 colours</source>
        <translation>Шёлковый икат, 5 цветов</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="599"/>
        <source>%1 px</source>
        <translation>%1 пкс</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="609"/>
        <source>Next: %1 ›</source>
        <translation>Далее: %1 ›</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="674"/>
        <source>No photo yet.</source>
        <translation>Фото ещё не выбрано.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="675"/>
        <source>Choose another photo…</source>
        <translation>Выбрать другое фото…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="676"/>
        <source>Choose a photo…</source>
        <translation>Выбрать фото…</translation>
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
        <translation>В файле нет DPI (размер рассчитан для 96 DPI)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="693"/>
        <source>Nothing traced yet.</source>
        <translation>Пока ничего не векторизовано.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../tour.py" line="14"/>
        <source>Welcome to Motif Studio</source>
        <translation>Добро пожаловать в Motif Studio</translation>
    </message>
    <message>
        <location filename="../tour.py" line="17"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../tour.py" line="18"/>
        <source>Motif Studio turns a photo of a shyrdak, ala-kiyiz, suzani or ikat into a clean pattern you can recolour, arrange and print at its real size. Everything works without the internet, and every change can be undone (Ctrl+Z).</source>
        <translation>Motif Studio превращает фотографию шырдака, ала-кийиза, сюзане или иката в чистый узор, который можно перекрасить, скомпоновать и напечатать в настоящем размере. Всё работает без интернета, и любое изменение можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tour.py" line="22"/>
        <source>1–4. From photo to pattern</source>
        <translation>1–4. От фото к узору</translation>
    </message>
    <message>
        <location filename="../tour.py" line="23"/>
        <source>Open a photo (Ctrl+O) or a sample. Drag the four corners onto the textile, choose how many colours it has, and check the vector result. The steps are on the left; “Next” leads through them.</source>
        <translation>Откройте фото (Ctrl+O) или образец. Перетащите четыре угла на края изделия, выберите число цветов и проверьте векторный результат. Шаги — слева; кнопка «Далее» ведёт по ним.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="26"/>
        <source>5. Design</source>
        <translation>5. Дизайн</translation>
    </message>
    <message>
        <location filename="../tour.py" line="27"/>
        <source>Give the motif new colours — DMC threads, felt colours you measured, or a harmony — and arrange it: a repeat, a medallion or a whole rug with borders, at its size in centimetres.</source>
        <translation>Дайте узору новые цвета — нити DMC, измеренные цвета войлока или гармонию — и скомпонуйте его: раппорт, медальон или целый ковёр с бордюрами, в размере в сантиметрах.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="30"/>
        <source>6. Export for production</source>
        <translation>6. Экспорт для производства</translation>
    </message>
    <message>
        <location filename="../tour.py" line="31"/>
        <source>Print the design at 1:1 on A4 pages with a 100 mm bar to check the printer; make felt cut templates, ikat binding plans, embroidery machine files, cross-stitch charts, pictures for selling online and a costing sheet (File ▸ Export for Production…).</source>
        <translation>Печатайте дизайн 1:1 на листах A4 с полосой 100 мм для проверки принтера; делайте лекала для войлока, планы перевязки иката, файлы для вышивальных машин, схемы крестиком, картинки для продажи в интернете и расчёт стоимости (Файл ▸ Экспорт для производства…).</translation>
    </message>
    <message>
        <location filename="../tour.py" line="35"/>
        <source>The archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../tour.py" line="36"/>
        <source>Keep every motif with its untouched photo, its names in Kyrgyz, Uzbek, Russian and English, and what it means, as told by the people who know it (File ▸ Archive…). Your work is saved automatically every minute in case the laptop switches off.</source>
        <translation>Храните каждый узор с нетронутой фотографией, названиями на кыргызском, узбекском, русском и английском и его значением со слов тех, кто его знает (Файл ▸ Архив…). Работа автоматически сохраняется каждую минуту на случай, если ноутбук выключится.</translation>
    </message>
    <message>
        <location filename="../tour.py" line="53"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../tour.py" line="60"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../tour.py" line="78"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location filename="../tour.py" line="78"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>_ColourEdit</name>
    <message>
        <location filename="../param_form.py" line="261"/>
        <source>Pick…</source>
        <extracomment>Translation context of the parameter labels and help texts. Translation context of the preset descriptions.</extracomment>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="262"/>
        <source>Choose the colour in a colour dialog</source>
        <translation>Выбрать цвет в окне выбора цвета</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="274"/>
        <source>Choose a colour</source>
        <translation>Выберите цвет</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="86"/>
        <source>The photo could not be opened</source>
        <extracomment>The rotating log&apos;s file name inside :func:`~motifstudio.app.paths.logs_dir`.</extracomment>
        <translation>Не удалось открыть фото</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>The file “{name}” is not there any more. It may have been moved, renamed or deleted.</source>
        <translation>Файла «{name}» больше нет на месте. Возможно, его переместили, переименовали или удалили.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="93"/>
        <source>“{name}” is a folder. Choose a photo inside it.</source>
        <translation>«{name}» — это папка. Выберите фото внутри неё.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="95"/>
        <source>Motif Studio is not allowed to read “{name}”. Copy the photo to your Documents or Pictures folder and open the copy.</source>
        <translation>У Motif Studio нет доступа к «{name}». Скопируйте фото в папку «Документы» или «Изображения» и откройте копию.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="99"/>
        <source>The file “{name}” is empty. Copying it from the phone may have failed — copy it again.</source>
        <translation>Файл «{name}» пустой. Возможно, копирование с телефона не удалось — скопируйте его ещё раз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="103"/>
        <location filename="../errors.py" line="215"/>
        <source>Not enough memory</source>
        <translation>Недостаточно памяти</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <location filename="../errors.py" line="216"/>
        <source>Not enough memory for this photo — try a smaller working size in Clean up → More options.</source>
        <translation>Недостаточно памяти для этого фото — попробуйте уменьшить рабочий размер в разделе Очистка → Дополнительно.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="108"/>
        <source>The photo “{name}” is very large. Make it smaller in another program, or raise “Largest image” in Clean up → More options if you trust the file.</source>
        <translation>Фото «{name}» очень большое. Уменьшите его в другой программе или, если вы доверяете этому файлу, увеличьте «Максимальный размер изображения» в разделе Очистка → Дополнительно.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112"/>
        <source>“{name}” is in a format Motif Studio cannot read. Save it as JPEG or PNG and open that.</source>
        <translation>Motif Studio не может прочитать формат файла «{name}». Сохраните его как JPEG или PNG и откройте новый файл.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="116"/>
        <source>The file “{name}” is damaged or is not a picture. If it came from a phone, copy it again.</source>
        <translation>Файл «{name}» повреждён или не является изображением. Если он с телефона, скопируйте его ещё раз.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="120"/>
        <source>Motif Studio could not read “{name}”.</source>
        <translation>Motif Studio не удалось прочитать «{name}».</translation>
    </message>
    <message>
        <location filename="../errors.py" line="122"/>
        <location filename="../errors.py" line="128"/>
        <source>this file</source>
        <translation>этот файл</translation>
    </message>
    <message>
        <location filename="../errors.py" line="130"/>
        <source>The project could not be saved</source>
        <translation>Не удалось сохранить проект</translation>
    </message>
    <message>
        <location filename="../errors.py" line="131"/>
        <source>“{name}” was not saved because the design has a problem Motif Studio cannot store. Your previous file is unchanged.</source>
        <translation>«{name}» не сохранён: в узоре есть ошибка, которую Motif Studio не может записать. Предыдущая версия файла не изменилась.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="135"/>
        <source>This project needs a newer Motif Studio</source>
        <translation>Для этого проекта нужна более новая версия Motif Studio</translation>
    </message>
    <message>
        <location filename="../errors.py" line="136"/>
        <source>“{name}” was made with a newer version of Motif Studio. Update Motif Studio to open it.</source>
        <translation>«{name}» создан в более новой версии Motif Studio. Обновите Motif Studio, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="140"/>
        <source>This is not a Motif Studio project</source>
        <translation>Это не проект Motif Studio</translation>
    </message>
    <message>
        <location filename="../errors.py" line="141"/>
        <source>“{name}” is not a Motif Studio project, or it was cut short while copying. To start from a photo, use Open photo… instead.</source>
        <translation>«{name}» — не проект Motif Studio, или он скопировался не полностью. Чтобы начать с фото, используйте «Открыть фото…».</translation>
    </message>
    <message>
        <location filename="../errors.py" line="145"/>
        <source>This project file was refused</source>
        <translation>Файл проекта отклонён</translation>
    </message>
    <message>
        <location filename="../errors.py" line="146"/>
        <source>“{name}” contains something a Motif Studio project never contains, so it was not opened, to keep your computer safe.</source>
        <translation>В «{name}» есть то, чего не бывает в проектах Motif Studio, поэтому ради безопасности вашего компьютера файл не был открыт.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="150"/>
        <source>This project file is damaged</source>
        <translation>Файл проекта повреждён</translation>
    </message>
    <message>
        <location filename="../errors.py" line="151"/>
        <source>“{name}” is damaged and cannot be opened. If you have another copy (a backup or a flash drive), open that one.</source>
        <translation>«{name}» повреждён, его нельзя открыть. Если у вас есть другая копия (резервная или на флешке), откройте её.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="160"/>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <location filename="../errors.py" line="161"/>
        <source>“{name}” is not there. It may have been moved, renamed or deleted, or the flash drive was removed.</source>
        <translation>«{name}» не найден. Возможно, его переместили, переименовали или удалили либо флешка была извлечена.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="165"/>
        <source>Permission denied</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <location filename="../errors.py" line="166"/>
        <source>Motif Studio is not allowed to use “{name}”. It may be open in another program, or the folder may be read-only. Try another folder.</source>
        <translation>У Motif Studio нет доступа к «{name}». Возможно, файл открыт в другой программе или папка доступна только для чтения. Попробуйте другую папку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="170"/>
        <source>The disk is full</source>
        <translation>Диск заполнен</translation>
    </message>
    <message>
        <location filename="../errors.py" line="171"/>
        <source>There is no space left to write “{name}”. Free some space or choose another drive, then try again.</source>
        <translation>Не хватает места, чтобы записать «{name}». Освободите место или выберите другой диск и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="175"/>
        <source>This is a folder</source>
        <translation>Это папка</translation>
    </message>
    <message>
        <location filename="../errors.py" line="176"/>
        <source>“{name}” is a folder, not a file.</source>
        <translation>«{name}» — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="178"/>
        <source>The file could not be used</source>
        <translation>Не удалось использовать файл</translation>
    </message>
    <message>
        <location filename="../errors.py" line="180"/>
        <source>Motif Studio could not read or write “{name}”: {reason}.</source>
        <translation>Motif Studio не удалось прочитать или записать «{name}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="183"/>
        <source>Motif Studio could not read or write “{name}”.</source>
        <translation>Motif Studio не удалось прочитать или записать «{name}».</translation>
    </message>
    <message>
        <location filename="../errors.py" line="186"/>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../errors.py" line="211"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../errors.py" line="212"/>
        <source>The work was cancelled. Nothing was changed.</source>
        <translation>Работа отменена. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="229"/>
        <source>These settings cannot be used</source>
        <translation>Эти настройки нельзя использовать</translation>
    </message>
    <message>
        <location filename="../errors.py" line="230"/>
        <source>Motif Studio cannot work with the current settings. Check the values you changed last and try again.</source>
        <translation>Motif Studio не может работать с текущими настройками. Проверьте значения, которые вы меняли последними, и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="234"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../errors.py" line="235"/>
        <source>Motif Studio hit an unexpected problem. Save your work under a new name if you can. If it happens again, please send the log file (see Show Details…) to the people who support Motif Studio.</source>
        <translation>В Motif Studio произошла непредвиденная ошибка. Если можете, сохраните работу под новым именем. Если это повторится, пожалуйста, отправьте файл журнала (см. «Показать подробности…») тем, кто поддерживает Motif Studio.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="287"/>
        <source>Motif Studio</source>
        <translation>Motif Studio</translation>
    </message>
    <message>
        <location filename="../errors.py" line="291"/>
        <source>Log file: {path}</source>
        <translation>Файл журнала: {path}</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <location filename="../_param_strings.py" line="13"/>
        <source>Largest image</source>
        <translation>Максимальный размер изображения</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="14"/>
        <source>Refuse images with more pixels than this (protects against decompression bombs and running out of memory).</source>
        <translation>Не открывать изображения, в которых больше пикселей (защита от вредоносных «файлов-бомб» и от нехватки памяти).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="15"/>
        <source>Perspective corners</source>
        <translation>Углы перспективы</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="16"/>
        <source>Four (x, y) points of the textile&apos;s corners, clockwise from top-left; the image is rectified to a rectangle.</source>
        <translation>Четыре точки (x, y) в углах изделия, по часовой стрелке начиная с левого верхнего; изображение выпрямляется в прямоугольник.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="17"/>
        <source>Width ÷ height</source>
        <translation>Ширина ÷ высота</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="18"/>
        <source>The real proportions of the straightened textile (1 for a square felt; 150 × 220 cm is 0.68); empty = judged from the photo.</source>
        <translation>Настоящие пропорции выпрямленного изделия (1 — для квадратного войлока; 150 × 220 см — это 0,68); пусто — определить по фото.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="19"/>
        <source>Find corners automatically</source>
        <translation>Находить углы автоматически</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="20"/>
        <source>Suggest the quadrilateral of a textile standing out from its background and rectify it.</source>
        <translation>Найти четырёхугольник изделия, выделяющегося на фоне, и выпрямить его.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="21"/>
        <source>Rotate</source>
        <translation>Поворот</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="22"/>
        <source>Rotate the image anticlockwise by this angle.</source>
        <translation>Повернуть изображение против часовой стрелки на этот угол.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="23"/>
        <source>Straighten automatically</source>
        <translation>Выравнивать автоматически</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="24"/>
        <source>Detect a small tilt of the motif&apos;s straight lines and undo it.</source>
        <translation>Найти небольшой наклон прямых линий узора и исправить его.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="25"/>
        <source>Crop</source>
        <translation>Обрезка</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="26"/>
        <source>Keep only (left, top, right, bottom) of the image.</source>
        <translation>Оставить только эту часть изображения (слева, сверху, справа, снизу).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="27"/>
        <source>Even out lighting</source>
        <translation>Выравнивать освещение</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="28"/>
        <source>Remove shadows, vignetting and uneven light.</source>
        <translation>Убрать тени, затемнение по краям и неравномерный свет.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="29"/>
        <source>Lighting smoothness</source>
        <translation>Плавность освещения</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="30"/>
        <source>Degree of the smooth light field removed (higher follows more complex light).</source>
        <translation>Насколько сложную картину освещения убирать (больше — учитывается более сложное освещение).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="31"/>
        <source>White balance</source>
        <translation>Баланс белого</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="32"/>
        <source>&apos;auto&apos; neutralises the colour cast; &apos;point&apos; uses the picked neutral point.</source>
        <translation>«Автоматически» убирает цветной оттенок; «По выбранной точке белого» использует выбранную нейтральную точку.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="33"/>
        <source>Neutral point</source>
        <translation>Нейтральная точка</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="34"/>
        <source>(x, y) of a pixel that should be grey or white.</source>
        <translation>(x, y) пикселя, который должен быть серым или белым.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="35"/>
        <source>Denoise</source>
        <translation>Подавление шума</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="36"/>
        <source>Edge-preserving smoothing that removes weave and felt-fibre texture while keeping region edges sharp.</source>
        <translation>Сглаживание, которое убирает фактуру ткани и волокон войлока, но сохраняет чёткие края областей.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="37"/>
        <source>Denoise strength</source>
        <translation>Сила подавления шума</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="38"/>
        <source>0 = gentle, 1 = strong.</source>
        <translation>0 = слабо, 1 = сильно.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="39"/>
        <source>Working resolution</source>
        <translation>Рабочее разрешение</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="40"/>
        <source>&apos;auto&apos; traces at the smallest resolution that still holds the motif&apos;s smallest feature.</source>
        <translation>«Автоматически» — векторизация при наименьшем разрешении, при котором ещё сохраняются самые мелкие детали узора.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="41"/>
        <source>Pixels per smallest feature</source>
        <translation>Пикселей на мелкую деталь</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="42"/>
        <source>In &apos;auto&apos; working resolution, the motif&apos;s thinnest part keeps at least this many pixels across.</source>
        <translation>При автоматическом рабочем разрешении самая тонкая часть узора сохраняет в ширину не меньше этого числа пикселей.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="43"/>
        <source>Largest working size</source>
        <translation>Максимальный рабочий размер</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="44"/>
        <source>Upper bound of the working resolution in megapixels.</source>
        <translation>Верхний предел рабочего разрешения в мегапикселях.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="45"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="46"/>
        <source>Exact number of colours; empty = suggest automatically.</source>
        <translation>Точное число цветов; пусто = подобрать автоматически.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="47"/>
        <source>Most colours (automatic)</source>
        <translation>Наибольшее число цветов (авто)</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="48"/>
        <source>Merge similar colours</source>
        <translation>Объединять похожие цвета</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="49"/>
        <source>Colours closer than this merge into one (0 = never).</source>
        <translation>Цвета, различающиеся меньше этого значения, объединяются в один (0 = никогда).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="50"/>
        <source>Pinned colours</source>
        <translation>Закреплённые цвета</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="51"/>
        <source>Colours (#rrggbb) that must stay in the palette exactly.</source>
        <translation>Цвета (#rrggbb), которые должны остаться в палитре без изменений.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="52"/>
        <source>Smallest region</source>
        <translation>Наименьшая область</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="53"/>
        <source>Regions smaller than this merge into the region around them (0 = automatic from the working resolution).</source>
        <translation>Области меньше этого размера объединяются с окружающей областью (0 = автоматически по рабочему разрешению).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="54"/>
        <source>Unit of smallest region</source>
        <translation>Единица наименьшей области</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="55"/>
        <source>Edge smoothing</source>
        <translation>Сглаживание краёв</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="56"/>
        <source>Radius of the majority filter that cleans ragged region edges (0 = off).</source>
        <translation>Радиус фильтра большинства, который выравнивает рваные края областей (0 = выкл.).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="57"/>
        <source>Trace mode</source>
        <translation>Режим векторизации</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="58"/>
        <source>&apos;regions&apos; fills colour areas; &apos;centreline&apos; also turns thin strokes into stroked lines with their measured width.</source>
        <translation>«Цветовые области» — заливка цветных участков; «Области и осевые линии» — кроме того, тонкие штрихи становятся линиями с измеренной толщиной.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="59"/>
        <source>Curve tolerance</source>
        <translation>Допуск кривых</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="60"/>
        <source>How far a fitted curve may stray from the pixel boundary.</source>
        <translation>Насколько кривая может отклоняться от пиксельной границы.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="61"/>
        <source>Corner angle</source>
        <translation>Угол излома</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="62"/>
        <source>A boundary turning by more than this angle within a few pixels keeps a sharp corner (smaller = more corners).</source>
        <translation>Если граница на протяжении нескольких пикселей поворачивает больше чем на этот угол, сохраняется острый угол (меньше = больше углов).</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="63"/>
        <source>Boundary smoothing</source>
        <translation>Сглаживание границ</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="64"/>
        <source>Passes of smoothing along the pixel staircase before fitting.</source>
        <translation>Число проходов сглаживания пиксельной «лесенки» перед построением кривых.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="65"/>
        <source>Thickest stroke</source>
        <translation>Наибольшая толщина линии</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="66"/>
        <source>Centreline mode: regions thinner than this become strokes.</source>
        <translation>Режим осевых линий: области тоньше этого значения становятся линиями.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="67"/>
        <source>Stroke colour</source>
        <translation>Цвет линий</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="68"/>
        <source>Centreline mode: the colour (#rrggbb) of the line art; empty = the darkest colour.</source>
        <translation>Режим осевых линий: цвет (#rrggbb) линейного рисунка; пусто = самый тёмный цвет.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="69"/>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="70"/>
        <source>Physical width of the motif; empty = from the file&apos;s DPI.</source>
        <translation>Реальная ширина узора; пусто = по DPI файла.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="71"/>
        <source>Hide hairline seams</source>
        <translation>Скрывать тонкие щели</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="72"/>
        <source>Paint each face with a thin outline of its own colour so renderers show no hairlines between abutting faces; the geometry is unchanged.</source>
        <translation>Обводить каждую область тонким контуром её же цвета, чтобы программы просмотра не показывали тонких щелей между соседними областями; форма не меняется.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="13"/>
        <source>Decimals</source>
        <translation>Знаков после запятой</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="14"/>
        <source>Digits after the decimal point of the millimetres in the file.</source>
        <translation>Сколько цифр после запятой записывать у миллиметров в файле.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="15"/>
        <source>Hide hairlines</source>
        <translation>Скрывать тонкие щели</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="16"/>
        <source>Outline each colour in its own colour, so no thin gaps show on screen between touching shapes. Leave off for cutting.</source>
        <translation>Обводить каждый цвет контуром того же цвета, чтобы на экране между соседними фигурами не было видно тонких щелей. Для резки не включайте.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="19"/>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="20"/>
        <source>Pixels per inch when printed. Auto: 150, or less for a design so big the picture would not fit in memory.</source>
        <translation>Пикселей на дюйм при печати. «Авто» — 150 или меньше, если дизайн так велик, что картинка не поместится в памяти.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="21"/>
        <source>Smoothing</source>
        <translation>Сглаживание</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="22"/>
        <source>Samples per pixel along each side, for smooth edges.</source>
        <translation>Сколько выборок на пиксель по каждой стороне — для гладких краёв.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="24"/>
        <source>Pixels per inch when printed (empty: Auto).</source>
        <translation>Пикселей на дюйм при печати (пусто — «Авто»).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="26"/>
        <source>Shown on</source>
        <translation>Показать на</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="27"/>
        <source>A felt rug on the floor, a cushion, or a draped scarf.</source>
        <translation>Войлочный ковёр на полу, подушка или наброшенный шарф.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="28"/>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="29"/>
        <source>1080 × 1080 for square posts, 1080 × 1350 for portrait posts.</source>
        <translation>1080 × 1080 — для квадратных постов, 1080 × 1350 — для вертикальных.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="30"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="31"/>
        <source>Empty: the motif&apos;s title.</source>
        <translation>Пусто — название узора.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="32"/>
        <source>Maker</source>
        <translation>Мастер</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="33"/>
        <source>Who made it, e.g. a workshop. Empty: the maker in the motif&apos;s details.</source>
        <translation>Кто сделал изделие, например мастерская. Пусто — мастер из сведений об узоре.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="34"/>
        <source>Backdrop colour</source>
        <translation>Цвет заднего плана</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="35"/>
        <source>A #rrggbb colour.</source>
        <translation>Цвет в виде #rrggbb.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="37"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="38"/>
        <source>The paper in the printer.</source>
        <translation>Бумага в принтере.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="39"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="40"/>
        <source>Auto: whichever needs fewer pages.</source>
        <translation>«Автоматически» — так, чтобы понадобилось меньше страниц.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="41"/>
        <source>Overlap</source>
        <translation>Нахлёст</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="42"/>
        <source>How much neighbouring pages share, for gluing.</source>
        <translation>Насколько соседние страницы заходят друг на друга — для склейки.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="43"/>
        <source>Margin</source>
        <translation>Поля / наценка</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="44"/>
        <source>Left blank round each page; most printers cannot print to the edge.</source>
        <translation>Пустая полоса по краям каждой страницы: большинство принтеров не печатает до самого края.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="45"/>
        <source>Overview page</source>
        <translation>Обзорная страница</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="46"/>
        <source>A first page with the whole design and the page grid.</source>
        <translation>Первая страница со всем дизайном и сеткой страниц.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="47"/>
        <source>Alignment marks</source>
        <translation>Метки совмещения</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="48"/>
        <source>Trim lines and registration marks for gluing the pages.</source>
        <translation>Линии обрезки и метки совмещения для склейки страниц.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="50"/>
        <source>Fabric count</source>
        <translation>Плотность канвы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="51"/>
        <source>Aida squares per inch (cross stitches per inch).</source>
        <translation>Клеток канвы Аида на дюйм (крестиков на дюйм).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="52"/>
        <source>Stitches across</source>
        <translation>Крестиков в ширину</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="53"/>
        <source>Width of the chart in stitches; default: the design&apos;s width at the fabric count.</source>
        <translation>Ширина схемы в крестиках; по умолчанию — ширина дизайна при выбранной плотности канвы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="54"/>
        <source>Leave the background unstitched</source>
        <translation>Не вышивать фон</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="55"/>
        <source>Squares of the design&apos;s background colour stay empty (the fabric shows; choose fabric of that colour).</source>
        <translation>Клетки цвета фона остаются пустыми (видна ткань — выберите ткань этого цвета).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="56"/>
        <source>Chart style</source>
        <translation>Вид схемы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="57"/>
        <source>Symbols on squares of the thread colour, or black symbols on white (for a black-and-white printer).</source>
        <translation>Символы на клетках цвета нити или чёрные символы на белом (для чёрно-белого принтера).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="58"/>
        <source>Page overlap</source>
        <translation>Нахлёст страниц</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="59"/>
        <source>Columns and rows of the previous page repeated, shaded, at the edge of the next.</source>
        <translation>Столбцы и ряды предыдущей страницы повторяются, затенённые, у края следующей.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="60"/>
        <source>Strands</source>
        <translation>Число сложений</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="61"/>
        <source>Strands of floss in the needle (for the skein estimate).</source>
        <translation>Сколько сложений мулине в игле (для расчёта мотков).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="63"/>
        <source>Strands of floss in the needle, recorded for each thread.</source>
        <translation>Сколько сложений мулине в игле; записывается для каждой нити.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="65"/>
        <source>Mirror for iron-on transfer</source>
        <translation>Зеркально для перевода утюгом</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="66"/>
        <source>Draw the design mirrored left to right, for a transfer pen or pencil: ironing the sheet face down flips it back.</source>
        <translation>Рисовать дизайн зеркально слева направо — для переводного маркера или карандаша: если приложить лист лицом вниз и прогладить утюгом, рисунок снова станет прямым.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="67"/>
        <source>Strip width</source>
        <translation>Ширина полосы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="68"/>
        <source>Width of each cloth strip, seam to seam; suzani are embroidered on strips sewn together afterwards.</source>
        <translation>Ширина каждой полосы ткани от шва до шва; сюзане вышивают на полосах, которые потом сшивают.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="69"/>
        <source>Line width</source>
        <translation>Толщина линий</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="70"/>
        <source>Width of the outlines.</source>
        <translation>Толщина контуров.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="71"/>
        <source>Overlap at the seams</source>
        <translation>Заход за швы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="72"/>
        <source>The drawing runs this far past each seam (the seam allowance), so the lines meet when the strips are sewn.</source>
        <translation>Рисунок заходит за каждый шов на это расстояние (припуск на шов), чтобы линии сошлись, когда полосы сошьют.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="73"/>
        <source>Match marks every</source>
        <translation>Метки совмещения через каждые</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="74"/>
        <source>Distance between the numbered marks across each seam.</source>
        <translation>Расстояние между пронумерованными метками поперёк каждого шва.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="76"/>
        <source>Fill angle</source>
        <translation>Угол заполнения</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="77"/>
        <source>Direction of the fill rows, anticlockwise from the horizontal. The underlay runs at right angles to it.</source>
        <translation>Направление рядов заполнения, против часовой стрелки от горизонтали. Подложка идёт под прямым углом к нему.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="78"/>
        <source>Row spacing</source>
        <translation>Расстояние между рядами</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="79"/>
        <source>Distance between fill rows (and between the peaks of a satin zig-zag). Smaller is denser.</source>
        <translation>Расстояние между рядами заполнения (и между вершинами зигзага глади). Меньше — плотнее.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="80"/>
        <source>Longest stitch</source>
        <translation>Самый длинный стежок</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="81"/>
        <source>Longest stitch in fills, underlay and outlines; longer ones are split. Satin stitches span their column, up to 12 mm.</source>
        <translation>Самый длинный стежок в заполнении, подложке и контурах; более длинные делятся. Стежки глади идут через всю ширину столбика, до 12 mm.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="82"/>
        <source>Underlay</source>
        <translation>Подложка</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="83"/>
        <source>Sparse rows at right angles under each fill (a centre walk under each satin), inset so they stay hidden.</source>
        <translation>Редкие ряды под прямым углом под каждым заполнением (под каждой гладью — строчка по центру), с отступом от края, чтобы их не было видно.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="84"/>
        <source>Satin below width</source>
        <translation>Гладь, если уже</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="85"/>
        <source>Faces narrower than this (2 × area / perimeter) become satin columns; 0 turns satin off.</source>
        <translation>Области уже этого значения (2 × площадь / периметр) вышиваются столбиками глади; 0 — без глади.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="86"/>
        <source>Outlines</source>
        <translation>Контуры</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="87"/>
        <source>Stitch the boundaries between colours with a running stitch, a triple (bean) stitch, or not at all.</source>
        <translation>Вышивать границы между цветами простым стежком, тройным стежком или не вышивать совсем.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="88"/>
        <source>Trim jumps longer than</source>
        <translation>Обрезать переходы длиннее</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="89"/>
        <source>Travel longer than this ends with a tie-off and a trim; shorter travel is a jump the thread floats across.</source>
        <translation>Переход длиннее этого заканчивается закрепкой и обрезкой нити; более короткий — протяжка, нить просто тянется поверх.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="90"/>
        <source>Ground</source>
        <translation>Фон</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="91"/>
        <source>Fill the ground colour, or leave it to the fabric (suzani style: embroider on a cloth of the ground colour).</source>
        <translation>Вышивать цвет фона или оставить фоном ткань (как в сюзане: вышивают по ткани цвета фона).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="92"/>
        <source>Pixels per mm</source>
        <translation>Пикселей на mm</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="93"/>
        <source>Preview resolution (10 px/mm = 254 dpi).</source>
        <translation>Разрешение предпросмотра (10 px/mm = 254 dpi).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="94"/>
        <source>Thread width</source>
        <translation>Толщина нити</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="95"/>
        <source>How thick a stitch is drawn.</source>
        <translation>Какой толщины рисуется стежок.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="97"/>
        <source>Strands of DMC floss the thread stands for; a skein is 8 m of 6 strands, so 2 strands get three times as far.</source>
        <translation>Сколько сложений мулине DMC соответствует нити; моток — это 8 m в 6 сложений, поэтому в 2 сложения его хватит втрое дольше.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="104"/>
        <source>Warp bundles</source>
        <translation>Пучки основы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="105"/>
        <source>Bundles of warp threads across the width, each tied as one.</source>
        <translation>Пучки нитей основы по ширине; каждый перевязывается как один.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="106"/>
        <source>Position step</source>
        <translation>Шаг по длине</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="107"/>
        <source>Length of one cell along the warp.</source>
        <translation>Длина одной клетки вдоль основы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="108"/>
        <source>Loom width</source>
        <translation>Ширина на станке</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="109"/>
        <source>Width of the warp on the loom; the design is scaled to it. 0: the design&apos;s own width.</source>
        <translation>Ширина основы на станке; дизайн масштабируется под неё. 0 — собственная ширина дизайна.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="110"/>
        <source>Warp runs</source>
        <translation>Направление основы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="111"/>
        <source>down: the warp runs from the top of the design to the bottom. across: from its left to its right (the design is laid on the loom a quarter turn clockwise).</source>
        <translation>down: основа идёт от верха дизайна к низу. across: слева направо (дизайн ложится на станок, повёрнутый на четверть оборота по часовой стрелке).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="112"/>
        <source>Most dye baths</source>
        <translation>Не больше красильных ванн</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="113"/>
        <source>How many dye baths the workshop will do (the undyed yarn is one colour more).</source>
        <translation>Сколько красильных ванн сделает мастерская (некрашеная пряжа — ещё один цвет).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="114"/>
        <source>Undyed yarn</source>
        <translation>Некрашеная пряжа</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="115"/>
        <source>#rrggbb of the undyed yarn. Empty: the lightest colour of the design is the undyed yarn.</source>
        <translation>#rrggbb некрашеной пряжи. Пусто — некрашеной пряжей считается самый светлый цвет дизайна.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="116"/>
        <source>Dye order</source>
        <translation>Порядок крашения</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="117"/>
        <source>Bath colours, lightest first, as #rrggbb separated by commas. Empty: every colour but the yarn, light to dark by CIE L*.</source>
        <translation>Цвета ванн, начиная с самого светлого, в виде #rrggbb через запятую. Пусто — все цвета, кроме цвета пряжи, от светлого к тёмному по CIE L*.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="118"/>
        <source>Tying</source>
        <translation>Перевязка</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="119"/>
        <source>overdye: a cell is tied once, after its own bath (least work). single-bath: a cell is free only in its own bath (pure colours, more ties).</source>
        <translation>overdye: клетку перевязывают один раз, после её собственной ванны (меньше всего работы). single-bath: клетка открыта только в своей ванне (чистые цвета, больше перевязок).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="120"/>
        <source>Mirror fold</source>
        <translation>Складывать пополам</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="121"/>
        <source>Fold the warp in half across its width and tie both halves at once (the design must be mirror-symmetric left to right).</source>
        <translation>Сложить основу пополам по ширине и перевязывать обе половины сразу (дизайн должен быть зеркально симметричным слева направо).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="122"/>
        <source>Fold tolerance (% of cells)</source>
        <translation>Допуск при складывании (% клеток)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="123"/>
        <source>Per cent of the cells that may differ between the two halves of a folded warp.</source>
        <translation>Сколько процентов клеток могут различаться в двух половинах сложенной основы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="124"/>
        <source>Pixels per inch of cloth (the PNG records it, so it prints at real size).</source>
        <translation>Пикселей на дюйм ткани (записывается в PNG, поэтому печатается в реальном размере).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="125"/>
        <source>Tie jitter</source>
        <translation>Неточность перевязки</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="126"/>
        <source>How far ties stray from the plan along the warp, per bundle and per tie (threads slip about a third of that).</source>
        <translation>Насколько перевязки отклоняются от плана вдоль основы, для каждого пучка и каждой перевязки (нити смещаются примерно на треть от этого).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="127"/>
        <source>Dye bleed</source>
        <translation>Затекание краски</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="128"/>
        <source>How far the dye creeps under a tie: the blur along the warp.</source>
        <translation>Насколько краска затекает под перевязку: размытие вдоль основы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="129"/>
        <source>Random seed</source>
        <translation>Начальное число</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="130"/>
        <source>The same seed gives the same preview.</source>
        <translation>При одном и том же числе предпросмотр получается одинаковым.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="132"/>
        <source>Chart</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="133"/>
        <source>combined: one chart with the bath number in each cell. per-bath: one chart per bath showing what to tie and what to cut.</source>
        <translation>combined: одна схема с номером ванны в каждой клетке. per-bath: по схеме на каждую ванну — что перевязать и что срезать.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="134"/>
        <source>Cell size</source>
        <translation>Размер клетки</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="135"/>
        <source>Size of one cell on paper (the chart is printed at this scale).</source>
        <translation>Размер одной клетки на бумаге (схема печатается в этом масштабе).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="138"/>
        <source>Film margin</source>
        <translation>Поля плёнки</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="139"/>
        <source>Clear film round the design, holding the registration marks and the label.</source>
        <translation>Прозрачная плёнка вокруг дизайна, на которой находятся метки совмещения и подпись.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="140"/>
        <source>print: a film for the background colour too. fabric: the background colour is the cloth itself, so it gets no film.</source>
        <translation>print: плёнка и для цвета фона. fabric: цвет фона — это сама ткань, поэтому плёнки для него нет.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="143"/>
        <source>Cord allowance</source>
        <translation>Запас шнура</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="144"/>
        <source>Extra cord on top of the total seam length, for joins, corners and ends.</source>
        <translation>Дополнительный шнур сверх общей длины швов — на стыки, углы и концы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="145"/>
        <source>Felt waste</source>
        <translation>Запас войлока</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="146"/>
        <source>Extra felt on top of the pieces&apos; area, for offcuts and mistakes.</source>
        <translation>Дополнительный войлок сверх площади деталей — на обрезки и ошибки.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="147"/>
        <source>Backing margin</source>
        <translation>Запас подкладки</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="148"/>
        <source>How far the backing cloth reaches past the felt on each side.</source>
        <translation>Насколько ткань подкладки выступает за войлок с каждой стороны.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="149"/>
        <source>Narrowest piece</source>
        <translation>Самая узкая деталь</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="150"/>
        <source>Necks and pieces narrower than this are circled in red: too narrow to cut and sew.</source>
        <translation>Перешейки и детали уже этого значения обводятся красным: они слишком узкие, чтобы их вырезать и сшить.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="151"/>
        <source>Fold lines</source>
        <translation>Линии сгиба</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="152"/>
        <source>Dashed lines where the design mirrors itself.</source>
        <translation>Пунктирные линии там, где дизайн зеркально повторяется.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="153"/>
        <source>Colour previews</source>
        <translation>Цветные миниатюры</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="154"/>
        <source>Small pictures of carpet A and carpet B beside the template.</source>
        <translation>Маленькие картинки ковра A и ковра B рядом с шаблоном.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="155"/>
        <source>Cut line width</source>
        <translation>Толщина линий реза</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="156"/>
        <source>Width of the printed cut lines.</source>
        <translation>Толщина напечатанных линий реза.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="160"/>
        <source>Shrinkage across</source>
        <translation>Усадка по ширине</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="161"/>
        <source>Pressed felt shrinks while it is fulled, so the wool is laid larger than the finished felt: 1.25 lays it 25 % wider. Measure a felt of your own: laid width ÷ finished width.</source>
        <translation>Войлок при валке садится, поэтому шерсть раскладывают больше готового войлока: 1,25 — раскладка на 25 % шире. Измерьте свой войлок: ширина раскладки ÷ ширина готового войлока.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="162"/>
        <source>Shrinkage along</source>
        <translation>Усадка по длине</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="163"/>
        <source>The same along the length (felt often shrinks more along the rolling).</source>
        <translation>То же по длине (войлок часто садится сильнее в направлении скатывания).</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="164"/>
        <source>Wool per m²</source>
        <translation>Шерсть на m²</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="165"/>
        <source>Wool laid per square metre of the laying map. About 1200 g/m² fulls to a felt about 1 cm thick; weigh a felt of your own to set it.</source>
        <translation>Сколько шерсти раскладывают на квадратный метр схемы раскладки. Около 1200 g/m² после валки дают войлок толщиной около 1 cm; чтобы задать значение, взвесьте свой войлок.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="166"/>
        <source>Grid</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="167"/>
        <source>Spacing of the grid lines on the laying map.</source>
        <translation>Шаг линий сетки на схеме раскладки.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="170"/>
        <source>Product</source>
        <translation>Изделие</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="171"/>
        <source>What is made: the materials follow from it.</source>
        <translation>Что изготавливается: от этого зависят материалы.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="172"/>
        <source>Hours of work</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="173"/>
        <source>Rate per hour</source>
        <translation>Ставка за час</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="174"/>
        <source>In your currency.</source>
        <translation>В вашей валюте.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="175"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="176"/>
        <source>Written after the amounts.</source>
        <translation>Пишется после сумм.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="177"/>
        <source>Felt price</source>
        <translation>Цена войлока</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="178"/>
        <source>Cord price</source>
        <translation>Цена шнура</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="179"/>
        <source>Backing price</source>
        <translation>Цена подкладки</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="180"/>
        <source>Wool price</source>
        <translation>Цена шерсти</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="181"/>
        <source>Thread price</source>
        <translation>Цена нитей</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="182"/>
        <source>Fabric price</source>
        <translation>Цена ткани</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="183"/>
        <source>Cloth, evenweave or stabiliser.</source>
        <translation>Ткань, канва равномерного переплетения или стабилизатор.</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="184"/>
        <source>Added to the cost to make the price.</source>
        <translation>Прибавляется к себестоимости, чтобы получить цену.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../_param_strings.py" line="73"/>
        <source>Ikat/abr silk: five colours with blurred cloud edges.</source>
        <translation>Шёлковый икат/абр: пять цветов с размытыми «облачными» краями.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="74"/>
        <source>Any phone photo: even out light and colour cast, remove texture, suggest the number of colours.</source>
        <translation>Любое фото с телефона: выровнять освещение и цветной оттенок, убрать фактуру, подобрать число цветов.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="75"/>
        <source>Shyrdak mosaic felt: two counterchanged colours, bold shapes, sharp corners.</source>
        <translation>Мозаичный войлок шырдак: два цвета, меняющиеся местами, крупные формы, острые углы.</translation>
    </message>
    <message>
        <location filename="../_param_strings.py" line="76"/>
        <source>Suzani drawing or chain-stitch outlines: thin lines become stroked centrelines with their width.</source>
        <translation>Рисунок сюзане или контуры тамбурным швом: тонкие линии становятся осевыми линиями со своей толщиной.</translation>
    </message>
</context>
<context>
    <name>self._panel</name>
    <message>
        <location filename="../palette_panel.py" line="88"/>
        <source>pinned</source>
        <extracomment>colorCountChanged(AUTO): let the segmentation choose the number of colours.</extracomment>
        <translation>закреплён</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../main.py" line="76"/>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <location filename="../main.py" line="77"/>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
</context>
<context>
    <name>writers</name>
    <message>
        <location filename="../_writer_strings.py" line="11"/>
        <source>Scalable Vector Graphics, one Inkscape layer per colour</source>
        <translation>Векторная графика SVG, отдельный слой Inkscape для каждого цвета</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="12"/>
        <source>The whole design (repeat, medallion or rug) as SVG at its real size</source>
        <translation>Весь дизайн (раппорт, медальон или ковёр) в SVG в реальном размере</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="17"/>
        <source>One seamless tile of the repeat as SVG</source>
        <translation>Один бесшовный фрагмент раппорта в SVG</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="18"/>
        <source>The whole design as a PNG picture at its real size (dpi recorded)</source>
        <translation>Весь дизайн как картинка PNG в реальном размере (с записанным dpi)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="23"/>
        <source>One seamless tile of the repeat as PNG (e.g. for fabric printing)</source>
        <translation>Один бесшовный фрагмент раппорта в PNG (например, для печати на ткани)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="25"/>
        <source>A picture for selling online: the design on a felt rug, a cushion or a scarf, 1080 × 1080 or 1080 × 1350, with title and maker</source>
        <translation>Картинка для продажи в интернете: дизайн на войлочном ковре, подушке или шарфе, 1080 × 1080 или 1080 × 1350, с названием и именем мастера</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="36"/>
        <source>The whole design printed at 1:1 on A4, A3 or Letter pages (overlap, marks, overview page, 100 mm scale bar)</source>
        <translation>Весь дизайн, напечатанный в масштабе 1:1 на листах A4, A3 или Letter (нахлёст, метки, обзорная страница, масштабная линейка 100 mm)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="49"/>
        <source>Cross-stitch chart: symbols, DMC key with skeins, finished sizes, pages with overlap</source>
        <translation>Схема вышивки крестиком: символы, таблица цветов DMC с числом мотков, готовые размеры, страницы с нахлёстом</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="62"/>
        <source>Open Cross Stitch chart (DMC threads, full crosses) for other cross-stitch software</source>
        <translation>Схема Open Cross Stitch (нити DMC, полные крестики) для других программ вышивки крестиком</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="64"/>
        <source>Suzani transfer sheet: outlines only at 1:1, optionally mirrored, in strips with numbered match marks across the seams</source>
        <translation>Лист для перевода рисунка сюзане: только контуры в масштабе 1:1, по желанию зеркально, по полосам с пронумерованными метками совмещения поперёк швов</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="75"/>
        <source>Embroidery preview: every stitch drawn in its thread colour at real size</source>
        <translation>Предпросмотр вышивки: каждый стежок нарисован цветом своей нити в реальном размере</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="96"/>
        <source>Embroidery thread list: DMC number, name, stitches, thread length and skeins per colour</source>
        <translation>Список нитей для вышивки: номер DMC, название, стежки, длина нити и мотки по каждому цвету</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="98"/>
        <source>Tajima DST machine embroidery (thread list in the header)</source>
        <translation>Машинная вышивка Tajima DST (список нитей в заголовке файла)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="99"/>
        <source>Brother/Babylock PES machine embroidery (version 6, thread colours and DMC numbers)</source>
        <translation>Машинная вышивка Brother/Babylock PES (версия 6, цвета нитей и номера DMC)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="100"/>
        <source>Janome JEF machine embroidery (nearest Janome thread colours)</source>
        <translation>Машинная вышивка Janome JEF (ближайшие цвета нитей Janome)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="101"/>
        <source>Melco EXP machine embroidery (stitches and colour changes only)</source>
        <translation>Машинная вышивка Melco EXP (только стежки и смены цвета)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="102"/>
        <source>Pfaff/Husqvarna VP3 machine embroidery (thread colours)</source>
        <translation>Машинная вышивка Pfaff/Husqvarna VP3 (цвета нитей)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="103"/>
        <source>Ikat (abr) preview: the planned cloth at real size with the blurred, feathered edges of tied-and-dyed warp</source>
        <translation>Предпросмотр иката (абр): будущая ткань в реальном размере с размытыми, «перистыми» краями перевязанной и окрашенной основы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="131"/>
        <source>Ikat (abr) binding chart: the warp bundles to tie before each dye bath, printed over tiled pages</source>
        <translation>Схема перевязки иката (абр): какие пучки основы перевязать перед каждой красильной ванной, на склеиваемых страницах</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="136"/>
        <source>Ikat (abr) binding plan as a table: each tie to make or cut, per bath and bundle, in cm along the warp</source>
        <translation>План перевязки иката (абр) в виде таблицы: каждая перевязка, которую нужно сделать или срезать, по ваннам и пучкам, в cm вдоль основы</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="137"/>
        <source>Screen-print separations: one black film per colour at 1:1 with registration marks</source>
        <translation>Цветоделение для шелкографии: по одной чёрной плёнке на цвет в масштабе 1:1 с метками совмещения</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="141"/>
        <source>Screen-print separations in one SVG, one layer per colour&apos;s film, with registration marks</source>
        <translation>Цветоделение для шелкографии в одном SVG: по слою на плёнку каждого цвета, с метками совмещения</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="142"/>
        <source>Shyrdak cut template at 1:1 on tiled pages: cut lines, pieces A/B, fold lines, narrow spots, cord, felt and backing</source>
        <translation>Шаблон раскроя шырдака в масштабе 1:1 на склеиваемых страницах: линии реза, детали A/B, линии сгиба, узкие места, шнур, войлок и подкладка</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="157"/>
        <source>Shyrdak cut template as SVG at its real size</source>
        <translation>Шаблон раскроя шырдака в SVG в реальном размере</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="158"/>
        <source>Shyrdak materials: felt per colour (with waste), cord, backing</source>
        <translation>Материалы для шырдака: войлок по цветам (с запасом), шнур, подкладка</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="159"/>
        <source>Ala-kiyiz wool-laying map at 1:1, enlarged by the shrinkage, with a 10 cm grid and wool per colour</source>
        <translation>Схема раскладки шерсти для ала-кийиза в масштабе 1:1, увеличенная на усадку, с сеткой 10 cm и шерстью по цветам</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="168"/>
        <source>Ala-kiyiz wool per colour (areas laid and finished, grams)</source>
        <translation>Шерсть для ала-кийиза по цветам (площади раскладки и готового войлока, граммы)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="169"/>
        <source>Costing sheet: materials from the production plans, hours × rate, price (PDF)</source>
        <translation>Расчёт стоимости: материалы из производственных планов, часы × ставка, цена (PDF)</translation>
    </message>
    <message>
        <location filename="../_writer_strings.py" line="185"/>
        <source>Costing sheet as CSV</source>
        <translation>Расчёт стоимости в CSV</translation>
    </message>
</context>
</TS>
