<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <location filename="../design_step.py" line="98"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="123"/>
        <source>Open a palette</source>
        <translation>Открыть палитру</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="125"/>
        <source>Palettes (*.gpl *.ase)</source>
        <translation>Палитры (*.gpl *.ase)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="140"/>
        <source>Take the colours of an image</source>
        <translation>Взять цвета из картинки</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="141"/>
        <location filename="../design_step.py" line="158"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="157"/>
        <source>A photo of threads or felts beside a white card</source>
        <translation>Фото нитей или войлока рядом с белой карточкой</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="176"/>
        <source>Measured %1 colours; kept in %2</source>
        <translation>Измерено цветов: %1; сохранено в %2</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="196"/>
        <source>Save the colours</source>
        <translation>Сохранить цвета</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="204"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="208"/>
        <source>Automatic (the motif&apos;s largest colour)</source>
        <translation>Автоматически (цвет, которого в узоре больше всего)</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="209"/>
        <source>Choose a colour…</source>
        <translation>Выбрать цвет…</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="216"/>
        <source>Ground colour</source>
        <translation>Цвет фона</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="231"/>
        <source>mirrored left to right</source>
        <translation>зеркальный слева направо</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="232"/>
        <source>mirrored top to bottom</source>
        <translation>зеркальный сверху вниз</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="233"/>
        <source>the same after a half turn</source>
        <translation>не меняется при повороте на пол-оборота</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="234"/>
        <source>mirrored both ways</source>
        <translation>зеркальный в обе стороны</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="235"/>
        <source>the same after a quarter turn</source>
        <translation>не меняется при повороте на четверть оборота</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="236"/>
        <source>mirrored both ways and on the diagonals</source>
        <translation>зеркальный в обе стороны и по диагоналям</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="240"/>
        <source>No clear symmetry found.</source>
        <translation>Явной симметрии не найдено.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="242"/>
        <source>Closest: %1, %2 % of the motif agrees.</source>
        <translation>Ближе всего: %1, совпадает %2 % узора.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="251"/>
        <source>The motif is %1: %2 % of it already agrees. “Make symmetric” gives each part the colour most of its copies have.</source>
        <translation>Узор %1: %2 % уже совпадает. «Сделать симметричным» даст каждой части цвет, который есть у большинства её копий.</translation>
    </message>
    <message>
        <location filename="../design_step.py" line="262"/>
        <source>Made symmetric. Undo (Ctrl+Z) brings back the original shapes.</source>
        <translation>Узор стал симметричным. «Отменить» (Ctrl+Z) вернёт исходные формы.</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <location filename="../edit_text.py" line="24"/>
        <location filename="../edit_text.py" line="93"/>
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
        <location filename="../edit_text.py" line="49"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="51"/>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="51"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="55"/>
        <source>set</source>
        <translation>задано</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="71"/>
        <location filename="../edit_text.py" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="74"/>
        <source>Preset %1</source>
        <translation>Набор настроек %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="76"/>
        <source>Pin colour %1</source>
        <translation>Закрепить цвет %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="78"/>
        <source>Unpin colour %1</source>
        <translation>Открепить цвет %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="80"/>
        <source>Edit details</source>
        <translation>Изменение сведений</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="89"/>
        <source>Borders</source>
        <translation>Бордюры</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="91"/>
        <source>Colours to swap</source>
        <translation>Цвета для обмена</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="95"/>
        <source>Palette %1</source>
        <translation>Палитра %1</translation>
    </message>
    <message>
        <location filename="../edit_text.py" line="97"/>
        <source>Make symmetric</source>
        <translation>Исправление симметрии</translation>
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
        <location filename="../main_window.py" line="456"/>
        <location filename="../main_window.py" line="843"/>
        <location filename="../main_window.py" line="848"/>
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
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="125"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="131"/>
        <source>&amp;Fit to Window</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&amp;Actual Pixels (100%)</source>
        <translation>&amp;Исходный размер (100%)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Photo</source>
        <translation>&amp;Фото</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Cleaned</source>
        <translation>&amp;Очищенное</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>Colour &amp;Regions</source>
        <translation>&amp;Цветовые области</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>&amp;Vector</source>
        <translation>&amp;Вектор</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Vector &amp;over Photo</source>
        <translation>Вектор &amp;поверх фото</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140"/>
        <location filename="../main_window.py" line="191"/>
        <location filename="../main_window.py" line="455"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>Stop the work in progress</source>
        <translation>Остановить текущую обработку</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;About Motif Studio</source>
        <translation>&amp;О программе Motif Studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="244"/>
        <location filename="../main_window.py" line="246"/>
        <source>Zoom %1%</source>
        <translation>Масштаб %1%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="258"/>
        <source>Change colour</source>
        <translation>Изменение цвета</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Merge colours</source>
        <translation>Объединение цветов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="264"/>
        <source>Split colour</source>
        <translation>Разделение цвета</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>Open a photo of a motif</source>
        <translation>Открыть фото узора</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Изображения (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="306"/>
        <source>Open a project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <location filename="../main_window.py" line="377"/>
        <source>Motif projects (*.motif)</source>
        <translation>Проекты Motif Studio (*.motif)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366"/>
        <location filename="../main_window.py" line="382"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="376"/>
        <source>Save project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Export SVG</source>
        <translation>Экспорт в SVG</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="397"/>
        <location filename="../main_window.py" line="436"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="429"/>
        <source>Export design</source>
        <translation>Экспорт дизайна</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>%1 files (*%2)</source>
        <translation>Файлы %1 (*%2)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="496"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="497"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="498"/>
        <location filename="../main_window.py" line="846"/>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="568"/>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="573"/>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="597"/>
        <source>No corners found</source>
        <translation>Углы не найдены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="598"/>
        <source>The textile does not stand out clearly from its background. Drag the four corners by hand instead.</source>
        <translation>Изделие плохо отличается от фона. Перетащите четыре угла вручную.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="626"/>
        <source>Region of colour %1 selected</source>
        <translation>Выбрана область цвета %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="651"/>
        <source>Recolour region</source>
        <translation>Перекраска области</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="672"/>
        <source>Merge region</source>
        <translation>Объединение области</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="700"/>
        <source>Drag the four corners onto the corners of the textile.</source>
        <translation>Перетащите четыре угла на углы изделия.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="701"/>
        <source>Drag the frame around the part to keep.</source>
        <translation>Перетащите рамку вокруг части, которую нужно оставить.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="702"/>
        <source>Click something that should be white or grey.</source>
        <translation>Щёлкните по месту, которое должно быть белым или серым.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="703"/>
        <source>Click a region to select it.</source>
        <translation>Щёлкните по области, чтобы выбрать её.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="704"/>
        <source>Paint over the regions to correct them.</source>
        <translation>Закрасьте области, чтобы исправить их.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="705"/>
        <source>Click a region to fill it with the chosen colour.</source>
        <translation>Щёлкните по области, чтобы залить её выбранным цветом.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="445"/>
        <location filename="../main_window.py" line="732"/>
        <source>x %1 mm  y %2 mm</source>
        <translation>x %1 мм  y %2 мм</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="735"/>
        <source>x %1 px  y %2 px</source>
        <translation>x %1 пкс  y %2 пкс</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="755"/>
        <source>, %1 lines</source>
        <translation>, линий: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="756"/>
        <source>%1 colours, %2 regions%3, %4 curve segments</source>
        <translation>Цветов: %1, областей: %2%3, сегментов кривых: %4</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="760"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="763"/>
        <source>%1 corrections no longer apply after the colours changed</source>
        <translation>После смены цветов перестали действовать исправления: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="786"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="788"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="809"/>
        <source>Reading the photo…</source>
        <translation>Чтение фото…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="810"/>
        <source>Reading the project…</source>
        <translation>Чтение проекта…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="811"/>
        <source>Cleaning up…</source>
        <translation>Очистка…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="812"/>
        <source>Finding colours…</source>
        <translation>Поиск цветов…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="813"/>
        <source>Tracing…</source>
        <translation>Векторизация…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="814"/>
        <source>Finding boundaries…</source>
        <translation>Поиск границ…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="815"/>
        <source>Fitting curves…</source>
        <translation>Построение кривых…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="816"/>
        <source>Checking the shapes…</source>
        <translation>Проверка фигур…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="817"/>
        <source>Finding the corners…</source>
        <translation>Поиск углов…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="818"/>
        <source>Working…</source>
        <translation>Обработка…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="854"/>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="870"/>
        <source>About Motif Studio</source>
        <translation>О программе Motif Studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="871"/>
        <source>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Digitise, recolour and arrange traditional textile motifs: shyrdak, ala-kiyiz, suzani and ikat.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Motif Studio %1&lt;/h3&gt;&lt;p&gt;Оцифровка, перекраска и компоновка традиционных текстильных узоров: шырдак, ала-кийиз, сюзане и икат.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU General Public License версии 3 или более поздней.&lt;/p&gt;</translation>
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
        <location filename="../param_form.py" line="376"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="377"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="378"/>
        <source>From the picked white point</source>
        <translation>По выбранной точке белого</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="379"/>
        <source>Median (keeps edges, fast)</source>
        <translation>Медианный (сохраняет края, быстро)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="380"/>
        <source>Bilateral (keeps fine detail)</source>
        <translation>Билатеральный (сохраняет мелкие детали)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="381"/>
        <source>Total variation (smoothest)</source>
        <translation>Полная вариация (самый гладкий)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="382"/>
        <source>Full resolution (slower)</source>
        <translation>Полное разрешение (медленнее)</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="383"/>
        <source>Colour regions</source>
        <translation>Цветовые области</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="384"/>
        <source>Regions and centre lines</source>
        <translation>Области и осевые линии</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="385"/>
        <location filename="../param_form.py" line="393"/>
        <source>pixels</source>
        <translation>пиксели</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="386"/>
        <source>square millimetres</source>
        <translation>квадратные миллиметры</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="392"/>
        <source>px</source>
        <translation>пкс</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="394"/>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="395"/>
        <source>mm²</source>
        <translation>мм²</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="396"/>
        <source>MP</source>
        <translation>Мп</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="422"/>
        <location filename="../param_form.py" line="427"/>
        <source>More options</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="428"/>
        <source>Show or hide the less common settings</source>
        <translation>Показать или скрыть редко используемые настройки</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="500"/>
        <location filename="../param_form.py" line="525"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences.py" line="299"/>
        <source>Preferences</source>
        <extracomment>Language choices; ``&quot;system&quot;`` follows the computer&apos;s language. Each language in its own words (never translated). The autosave periods offered in the dialog.</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="300"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="301"/>
        <source>Same as the computer</source>
        <translation>Как на компьютере</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="302"/>
        <source>The language changes at once, no restart needed.</source>
        <translation>Язык меняется сразу, перезапуск не нужен.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="303"/>
        <source>Autosave:</source>
        <translation>Автосохранение:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="305"/>
        <source>Unsaved work is kept safe at this interval. If Motif Studio closes unexpectedly, it offers the work back next time.</source>
        <translation>Несохранённая работа сохраняется с этим интервалом. Если Motif Studio неожиданно закроется, при следующем запуске программа предложит её восстановить.</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="307"/>
        <source>Panels:</source>
        <translation>Панели:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="308"/>
        <source>Show advanced options</source>
        <translation>Показывать дополнительные настройки</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="309"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="310"/>
        <source>Logs, settings and recovered work are kept in {path}</source>
        <translation>Журналы, настройки и восстановленная работа хранятся в {path}</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="312"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../preferences.py" line="324"/>
        <source>Every minute</source>
        <translation>Каждую минуту</translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="327"/>
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Каждую %n минуту</numerusform>
            <numerusform>Каждые %n минуты</numerusform>
            <numerusform>Каждые %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../preferences.py" line="328"/>
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
        <source>Export design as SVG…</source>
        <translation>Экспорт дизайна в SVG…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="539"/>
        <source>The whole design (repeat, medallion or rug) at its real size.</source>
        <translation>Весь дизайн (раппорт, медальон или ковёр) в реальном размере.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="540"/>
        <source>Export design as PNG…</source>
        <translation>Экспорт дизайна в PNG…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="541"/>
        <source>A picture of the whole design, for screens and selling online.</source>
        <translation>Картинка всего дизайна — для экрана и продажи в интернете.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="542"/>
        <source>Export seamless tile (SVG)…</source>
        <translation>Экспорт бесшовного фрагмента (SVG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="543"/>
        <source>One tile of the repeat that joins itself on every side.</source>
        <translation>Один фрагмент раппорта, который стыкуется сам с собой со всех сторон.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="544"/>
        <source>Export seamless tile (PNG)…</source>
        <translation>Экспорт бесшовного фрагмента (PNG)…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="545"/>
        <source>One tile of the repeat as a picture, e.g. for fabric printing.</source>
        <translation>Один фрагмент раппорта в виде картинки, например для печати на ткани.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="554"/>
        <source>Any photo (automatic)</source>
        <translation>Любое фото (автоматически)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="555"/>
        <source>Shyrdak felt, 2 colours</source>
        <translation>Шырдак (войлок), 2 цвета</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="556"/>
        <source>Suzani outlines</source>
        <translation>Контуры сюзане</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="557"/>
        <source>Ikat silk, 5 colours</source>
        <translation>Шёлковый икат, 5 цветов</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="593"/>
        <source>%1 px</source>
        <translation>%1 пкс</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="603"/>
        <source>Next: %1 ›</source>
        <translation>Далее: %1 ›</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="668"/>
        <source>No photo yet.</source>
        <translation>Фото ещё не выбрано.</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="669"/>
        <source>Choose another photo…</source>
        <translation>Выбрать другое фото…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="670"/>
        <source>Choose a photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="677"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пкс</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="680"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="682"/>
        <source>%1 DPI</source>
        <translation>%1 DPI</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="683"/>
        <source>No DPI in the file (size assumed at 96 DPI)</source>
        <translation>В файле нет DPI (размер рассчитан для 96 DPI)</translation>
    </message>
    <message>
        <location filename="../steps_panel.py" line="687"/>
        <source>Nothing traced yet.</source>
        <translation>Пока ничего не векторизовано.</translation>
    </message>
</context>
<context>
    <name>_ColourEdit</name>
    <message>
        <location filename="../param_form.py" line="253"/>
        <source>Pick…</source>
        <extracomment>Translation context of the parameter labels and help texts. Translation context of the preset descriptions.</extracomment>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="254"/>
        <source>Choose the colour in a colour dialog</source>
        <translation>Выбрать цвет в окне выбора цвета</translation>
    </message>
    <message>
        <location filename="../param_form.py" line="266"/>
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
        <location filename="../main.py" line="71"/>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <location filename="../main.py" line="72"/>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
</context>
</TS>
