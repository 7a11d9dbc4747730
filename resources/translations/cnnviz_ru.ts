<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>AnimationControls</name>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>First position (Home)</source>
            <translation>Первая позиция (Home)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Previous position (Left)</source>
            <translation>Предыдущая позиция (Left)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Play or pause (Return)</source>
            <translation>Пуск или пауза (Return)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Next position (Right)</source>
            <translation>Следующая позиция (Right)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Last position (End)</source>
            <translation>Последняя позиция (End)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Drag to any position</source>
            <translation>Перетащите к любой позиции</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Slower (-)</source>
            <translation>Медленнее (-)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Faster (+)</source>
            <translation>Быстрее (+)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>position {0} / {1}</source>
            <translation>позиция {0} / {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>{0:g} / s</source>
            <translation>{0:g} / с</translation>
        </message>
    </context>
    <context>
        <name>BackpropLab</name>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>w = {name}</source>
            <translation>w = {name}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>E(w + ε)</source>
            <translation>E(w + ε)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>E(w − ε)</source>
            <translation>E(w − ε)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>(E(w + ε) − E(w − ε)) / 2ε</source>
            <translation>(E(w + ε) − E(w − ε)) / 2ε</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>∂E/∂w by backpropagation</source>
            <translation>∂E/∂w обратным распространением</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>difference</source>
            <translation>разность</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>relative difference</source>
            <translation>относительная разность</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>Click a number of X, K or B to check its gradient.   ε =</source>
            <translation>Щёлкните по числу X, K или B, чтобы проверить его градиент.   ε =</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>X (click a number)</source>
            <translation>X (щёлкните по числу)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>— (both are 0 up to rounding)</source>
            <translation>— (оба равны 0 с точностью до округления)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>w = {0}</source>
            <translation>w = {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>ε: {0!r} must be a positive number up to 1</source>
            <translation>ε: {0!r} должно быть положительным числом не больше 1</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>ε: {0!r} is not a number</source>
            <translation>ε: {0!r} — не число</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Backprop</source>
            <translation>Обратный проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Untied bias (one per output position)</source>
            <translation>Несвязанное смещение (своё для каждой позиции выхода)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>X: input (up to 8×8)</source>
            <translation>X: вход (до 8×8)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>K: kernel (up to 5×5)</source>
            <translation>K: ядро (до 5×5)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>T: target (the size of Y)</source>
            <translation>T: цель (размера Y)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>B: bias (one, or one per output when untied)</source>
            <translation>B: смещение (одно или своё для каждого выхода)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Matrices</source>
            <translation>Матрицы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Forward and E</source>
            <translation>Прямой проход и E</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Gradient check</source>
            <translation>Проверка градиента</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>E: known once all of Y is computed</source>
            <translation>E: известно, когда посчитан весь Y</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>δ = dE/dY with its zero border {shape}</source>
            <translation>δ = dE/dY с нулевой рамкой {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>K turned 180° {shape}</source>
            <translation>K, повёрнутое на 180° {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>δ ⊙ rot180(K): products</source>
            <translation>δ ⊙ rot180(K): произведения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dX {shape}</source>
            <translation>dE/dX {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dX = dE/dY *full K   (full convolution: K turned 180°, dE/dY with a zero border)</source>
            <translation>dE/dX = dE/dY *full K   (свёртка full: K повёрнуто на 180°, у dE/dY нулевая рамка)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>X: input</source>
            <translation>X: вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>B: bias</source>
            <translation>B: смещение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>T: target</source>
            <translation>T: цель</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>X: input, no border {shape}</source>
            <translation>X: вход без рамки {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>δ = dE/dY as the kernel {shape}</source>
            <translation>δ = dE/dY в роли ядра {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>X ⊙ δ: products</source>
            <translation>X ⊙ δ: произведения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dK {shape}</source>
            <translation>dE/dK {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dK = X ⋆ dE/dY   (valid correlation)</source>
            <translation>dE/dK = X ⋆ dE/dY   (корреляция valid)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dB: one bias, the sum of δ</source>
            <translation>dE/dB: одно смещение, сумма δ</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dB: one bias per output, equal to δ</source>
            <translation>dE/dB: смещение на каждый выход, равно δ</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>(one bias per output position)</source>
            <translation>(своё смещение для каждой позиции выхода)</translation>
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>Click a cell to list its test images. Accuracy per true class in red: below the median class.</source>
            <translation>Щёлкните по клетке, чтобы увидеть её тестовые изображения. Точность по истинным классам; красным — ниже медианы.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>accuracy</source>
            <translation>точность</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>true class</source>
            <translation>истинный класс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>predicted class</source>
            <translation>предсказанный класс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>images (log scale)</source>
            <translation>изображений (лог. шкала)</translation>
        </message>
    </context>
    <context>
        <name>ControlsPanel</name>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Probe sample (test set)</source>
            <translation>Пробный образец (тестовая выборка)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>◀ Previous</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Next ▶</source>
            <translation>Вперёд ▶</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Random</source>
            <translation>Случайный</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Random of class</source>
            <translation>Случайный из класса</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Training settings</source>
            <translation>Параметры обучения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>SGD + momentum</source>
            <translation>SGD + импульс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Learning rate</source>
            <translation>Скорость обучения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Batch size</source>
            <translation>Размер пакета</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Optimiser</source>
            <translation>Оптимизатор</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Momentum (SGD)</source>
            <translation>Импульс (SGD)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Activation</source>
            <translation>Функция активации</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Pooling</source>
            <translation>Подвыборка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Border mode of C1, C3, C5</source>
            <translation>Режим границы C1, C3, C5</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>C3 connections</source>
            <translation>Связи C3</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Network architecture</source>
            <translation>Архитектура сети</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Applying rebuilds LeNet-5 from the seed: the trained weights are lost.</source>
            <translation>Применение заново строит LeNet-5 из зерна: обученные веса будут потеряны.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Rebuild</source>
            <translation>Перестроить</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Index</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>The rate the next update uses, in epoch {0}.</source>
            <translation>Скорость, с которой пройдёт следующее обновление, в эпохе {0}.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>test image {0}, true class: {1}</source>
            <translation>изображение {0}, истинный класс: {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>tanh</source>
            <translation>tanh</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>sigmoid</source>
            <translation>сигмоида</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>average</source>
            <translation>среднее</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>max</source>
            <translation>максимум</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>valid</source>
            <translation>valid (без дополнения)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>same</source>
            <translation>same (размер входа)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>full</source>
            <translation>full (полное перекрытие)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>LeCun 1998 table</source>
            <translation>таблица LeCun 1998</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>drawn digit, backward from class {0}</source>
            <translation>рисунок, обратный проход от класса {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>It is multiplied by {0} after every epoch: {1} in epoch 1.</source>
            <translation>После каждой эпохи она умножается на {0}: в эпохе 1 она {1}.</translation>
        </message>
    </context>
    <context>
        <name>ConvolutionLab</name>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>full</source>
            <translation>full (полная)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>same</source>
            <translation>same (как вход)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>valid</source>
            <translation>valid (без рамки)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>zeros</source>
            <translation>нулями</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>reflect</source>
            <translation>отражение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>symmetric</source>
            <translation>симметричное</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>replicate</source>
            <translation>повтор края</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>circular</source>
            <translation>циклическое</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Input A</source>
            <translation>Вход A</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Where the input comes from</source>
            <translation>Откуда берётся вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Rows of the typed matrix</source>
            <translation>Строки введённой матрицы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Columns of the typed matrix</source>
            <translation>Столбцы введённой матрицы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Random</source>
            <translation>Случайная</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>New whole numbers from -3 to 3</source>
            <translation>Новые целые числа от -3 до 3</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Test image number</source>
            <translation>Номер тестового изображения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>input</source>
            <translation>вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>size</source>
            <translation>размер</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>test image</source>
            <translation>изображение №</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Kernel K</source>
            <translation>Ядро K</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>A textbook kernel</source>
            <translation>Ядро из учебника</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Kernel rows</source>
            <translation>Строки ядра</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Kernel columns</source>
            <translation>Столбцы ядра</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>kernel</source>
            <translation>ядро</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Operation</source>
            <translation>Операция</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>A convolution applies the kernel turned 180 degrees</source>
            <translation>Свёртка применяет ядро, повёрнутое на 180 градусов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>full: every overlap; same: output as large as the input (at stride 1); valid: the kernel stays inside</source>
            <translation>full: каждое перекрытие; same: выход размером со вход (при шаге 1); valid: ядро остаётся внутри</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>What lies beyond the border of the input</source>
            <translation>Что лежит за границей входа</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Step of the window</source>
            <translation>Шаг окна</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Spacing of the kernel's samples</source>
            <translation>Расстояние между отсчётами ядра</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>operation</source>
            <translation>операция</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>border mode</source>
            <translation>режим границы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>border fill</source>
            <translation>заполнение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>stride</source>
            <translation>шаг</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>dilation</source>
            <translation>дилатация</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Typed matrix</source>
            <translation>Введённая матрица</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Test digit (32×32, as LeNet-5 sees it)</source>
            <translation>Тестовая цифра (32×32, как её видит LeNet-5)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Current probe (network input)</source>
            <translation>Текущий пробный образец (вход сети)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>correlation</source>
            <translation>корреляция</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>convolution</source>
            <translation>свёртка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Custom</source>
            <translation>Своё</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>cnnviz — convolution lab</source>
            <translation>cnnviz — лаборатория свёртки</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>Sliding window</source>
            <translation>Скользящее окно</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>Three modes side by side</source>
            <translation>Три режима рядом</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>K as given</source>
            <translation>K как задано</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>H = rot180(K), as applied</source>
            <translation>H = rot180(K), как применяется</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>H = K, as applied</source>
            <translation>H = K, как применяется</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>turned
180° →</source>
            <translation>поворот
180° →</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>correlation:
the kernel is applied as it is</source>
            <translation>корреляция:
ядро применяется как есть</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>there is no probe image yet</source>
            <translation>пробного изображения ещё нет</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>{0} mode, output {1}×{2}:
{3}</source>
            <translation>режим {0}, выход {1}×{2}:
{3}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>convolution:
{0}</source>
            <translation>свёртка:
{0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Identity</source>
            <translation>Тождественное</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Box blur 3×3</source>
            <translation>Усреднение 3×3</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Box blur 2×2</source>
            <translation>Усреднение 2×2</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Gaussian 3×3</source>
            <translation>Гауссово 3×3</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Sharpen</source>
            <translation>Повышение резкости</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Sobel x</source>
            <translation>Собель по x</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Sobel y</source>
            <translation>Собель по y</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Laplacian</source>
            <translation>Лапласиан</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>Shift right by one</source>
            <translation>Сдвиг вправо на один</translation>
        </message>
    </context>
    <context>
        <name>DrawCanvas</name>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_canvas.py" />
            <source>Draw a digit with the left mouse button</source>
            <translation>Нарисуйте цифру левой кнопкой мыши</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_canvas.py" />
            <source>draw a digit here</source>
            <translation>нарисуйте цифру здесь</translation>
        </message>
    </context>
    <context>
        <name>DrawPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Undo stroke</source>
            <translation>Отменить штрих</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>the predicted class</source>
            <translation>предсказанный класс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>A drawing has no true class: the backward pass of the probe starts from this class's loss −log p</source>
            <translation>У рисунка нет истинного класса: обратный проход начинается с ошибки этого класса −log p</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Use as probe</source>
            <translation>Сделать пробным образцом</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Trace the drawing forward and backward in the network view</source>
            <translation>Провести рисунок прямым и обратным проходом в окне сети</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Backward from</source>
            <translation>Обратный проход от</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Draw a digit on the canvas</source>
            <translation>Нарисуйте цифру на холсте</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Prediction: {0}  ({1:.1f}%)</source>
            <translation>Предсказание: {0}  ({1:.1f}%)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>weights of step {0}</source>
            <translation>веса шага {0}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../cnnviz/cli.py" />
            <source>--ms must be from 20 to 60000 milliseconds, not {ms}</source>
            <translation>--ms должно быть от 20 до 60000 миллисекунд, а не {ms}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/cli.py" />
            <source>{option} must be at least 1, not {n}</source>
            <translation>{option} должно быть не меньше 1, а не {n}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/batch.py" />
            <source>the forward pass is complete; run the backward pass next</source>
            <translation>прямой проход завершён; теперь выполните обратный проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/batch.py" />
            <source>finish the forward pass before the backward pass</source>
            <translation>завершите прямой проход перед обратным</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/batch.py" />
            <source>the backward pass is complete; update the weights next</source>
            <translation>обратный проход завершён; теперь обновите веса</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/batch.py" />
            <source>labels are needed for the loss</source>
            <translation>для функции ошибки нужны метки</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>dilation</source>
            <translation>дилатация</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>kernel size</source>
            <translation>размер ядра</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>input size</source>
            <translation>размер входа</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>stride</source>
            <translation>шаг</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>border mode {mode!r} is not one of {modes}</source>
            <translation>режим границы {mode!r} не входит в число допустимых: {modes}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>border fill {fill!r} is not one of {fills}</source>
            <translation>заполнение за границей {fill!r} не входит в число допустимых: {fills}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>{name} must be a whole number of at least 1, not {value!r}</source>
            <translation>{name}: нужно целое число не меньше 1, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/borders.py" />
            <source>a kernel covering {covered} samples does not fit an input of {n} in {mode!r} mode</source>
            <translation>ядро, охватывающее {covered} отсчётов, не помещается во вход длиной {n} в режиме {mode!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: this network learned the classes {learned} of {trained}, but the data here, {data}, has the classes {classes}: its outputs are read as classes it never learned, so its predictions here mean nothing</source>
            <translation>{path}: эта сеть обучена на классах {learned} из {trained}, а у данных здесь, {data}, классы {classes}: её выходы читаются как классы, которым она не училась, и её прогнозы здесь ничего не значат</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: a folder, not a checkpoint file</source>
            <translation>{path}: это папка, а не файл контрольной точки</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: no such checkpoint file</source>
            <translation>{path}: такого файла контрольной точки нет</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: not a cnnviz checkpoint (no header)</source>
            <translation>{path}: это не контрольная точка cnnviz (нет заголовка)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: the header is not an object</source>
            <translation>{path}: заголовок не является объектом</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: not a cnnviz checkpoint (format {format!r})</source>
            <translation>{path}: это не контрольная точка cnnviz (формат {format!r})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: checkpoint version {version!r}; this cnnviz reads version {readable}</source>
            <translation>{path}: версия контрольной точки {version!r}; эта версия cnnviz читает версию {readable}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: the header has no architecture</source>
            <translation>{path}: в заголовке нет описания архитектуры</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: unexpected arrays {names}</source>
            <translation>{path}: лишние массивы {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: not a readable cnnviz checkpoint ({reason})</source>
            <translation>{path}: контрольную точку cnnviz не удаётся прочитать ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: the header is not valid JSON ({reason})</source>
            <translation>{path}: заголовок не является корректным JSON ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: {key} has dtype {dtype}, expected float32 or float64</source>
            <translation>{path}: у {key} тип данных {dtype}, ожидался float32 или float64</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: the header's {key} is not an object</source>
            <translation>{path}: поле {key} заголовка не является объектом</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>{path}: {reason}</source>
            <translation>{path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/checkpoint.py" />
            <source>a zip archive cut short or damaged</source>
            <translation>zip-архив обрезан или повреждён</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/config.py" />
            <source>seed must be a whole number &gt;= 0, not {value!r}</source>
            <translation>начальное значение генератора должно быть целым числом &gt;= 0, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/config.py" />
            <source>momentum must be in [0, 1], not {value!r}</source>
            <translation>импульс должен лежать в [0, 1], а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/config.py" />
            <source>shift must be 0, 1 or 2 pixels, not {value!r}</source>
            <translation>сдвиг должен быть 0, 1 или 2 пикселя, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/config.py" />
            <source>lr decay must be in (0, 1], not {value!r}</source>
            <translation>затухание скорости обучения должно лежать в (0, 1], а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/config.py" />
            <source>epochs</source>
            <translation>число эпох</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/config.py" />
            <source>batch size</source>
            <translation>размер пакета</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/config.py" />
            <source>{name} must be a whole number &gt;= 1, not {value!r}</source>
            <translation>{name}: нужно целое число &gt;= 1, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/history.py" />
            <source>{path}: history/{key} is {dtype} of shape {shape}; expected floats of shape (n, {ncols})</source>
            <translation>{path}: history/{key} — {dtype} формы {shape}; ожидались числа с плавающей точкой формы (n, {ncols})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/history.py" />
            <source>{path}: the steps of history/{key} do not count up from 0</source>
            <translation>{path}: шаги history/{key} не идут по возрастанию от 0</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/history.py" />
            <source>{path}: history/{key} row {row} holds {values}: a loss must be finite and at least 0, an accuracy from 0 to 1</source>
            <translation>{path}: в строке {row} history/{key} записано {values}: потеря должна быть конечной и не меньше 0, точность — от 0 до 1</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/layers/conv.py" />
            <source>bias must be 'tied' or 'untied', not {bias!r}</source>
            <translation>смещение должно быть 'tied' (связанное) или 'untied' (несвязанное), а не {bias!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/layers/conv.py" />
            <source>connection table has shape {shape}, expected {expected}</source>
            <translation>таблица связей имеет форму {shape}, ожидалась {expected}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/layers/pool.py" />
            <source>a {k}x{k} pooling window with stride {s} does not fit a {h}x{w} map</source>
            <translation>окно подвыборки {k}x{k} с шагом {s} не помещается в карту признаков {h}x{w}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/losses.py" />
            <source>logits must be (N, K) and labels (N,), got {logits} and {labels}</source>
            <translation>логиты должны иметь форму (N, K), а метки — (N,); получено {logits} и {labels}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/losses.py" />
            <source>labels must lie in 0..{last}, got {low}..{high}</source>
            <translation>метки должны лежать в 0..{last}, получено {low}..{high}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/models.py" />
            <source>activation {name!r} is not one of {names}</source>
            <translation>функция активации {name!r} не входит в число допустимых: {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/models.py" />
            <source>pooling {name!r} is not one of {names}</source>
            <translation>подвыборка {name!r} не входит в число допустимых: {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/models.py" />
            <source>C3 table {name!r} is not one of {names}</source>
            <translation>таблица связей C3 {name!r} не входит в число допустимых: {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/models.py" />
            <source>unknown model {name!r}; cnnviz knows 'lenet5'</source>
            <translation>неизвестная модель {name!r}; cnnviz знает только 'lenet5'</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>input must have shape (N, {shape}), not {actual}</source>
            <translation>вход должен иметь форму (N, {shape}), а не {actual}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>call forward before backward</source>
            <translation>прямой проход должен предшествовать обратному</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>{source}: keys do not match the network; missing {missing}; unexpected {extra}</source>
            <translation>{source}: ключи не соответствуют сети; не хватает {missing}; лишние {extra}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>{source}: {key} has shape {shape}, expected {expected}</source>
            <translation>{source}: {key} имеет форму {shape}, ожидалась {expected}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>{source}: {key} has dtype {dtype}, expected floating point</source>
            <translation>{source}: у {key} тип данных {dtype}, ожидалось число с плавающей точкой</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>{source}: {key} holds NaN or infinite values</source>
            <translation>{source}: {key} содержит нечисловые (NaN) или бесконечные значения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>{source}: keys do not match the network; missing {missing}</source>
            <translation>{source}: ключи не соответствуют сети; не хватает {missing}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/network.py" />
            <source>{source}: keys do not match the network; unexpected {extra}</source>
            <translation>{source}: ключи не соответствуют сети; лишние {extra}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/npy_sizes.py" />
            <source>{name} declares {count:,} values of {dtype} ({declared:,} bytes), more than cnnviz reads from one record ({most:,} bytes)</source>
            <translation>{name} объявляет {count:,} значений типа {dtype} ({declared:,} байт) — больше, чем cnnviz читает из одной записи ({most:,} байт)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/npy_sizes.py" />
            <source>{name} declares {count:,} values of {dtype} ({declared:,} bytes) but holds {left:,} bytes</source>
            <translation>{name} объявляет {count:,} значений типа {dtype} ({declared:,} байт), но содержит {left:,} байт</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/ops.py" />
            <source>input</source>
            <translation>вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/ops.py" />
            <source>kernel</source>
            <translation>ядро</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/ops.py" />
            <source>{name} must be a non-empty 2-D array, not shape {shape}</source>
            <translation>{name}: нужен непустой двумерный массив, а не массив формы {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>learning rate</source>
            <translation>скорость обучения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>weight decay</source>
            <translation>затухание весов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>momentum</source>
            <translation>импульс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>{name} must be {side} {low}, not {value}</source>
            <translation>{name}: значение должно быть {side} {low}, а не {value}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>optimizer {name!r} is not one of {names}</source>
            <translation>оптимизатор {name!r} не входит в число допустимых: {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>{name} must be a number, not {value!r}</source>
            <translation>{name}: нужно число, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>{name} must be {side} {low} and &lt;= {high}, not {value}</source>
            <translation>{name}: значение должно быть {side} {low} и &lt;= {high}, а не {value}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>{optimizer} has no setting {key!r}</source>
            <translation>у оптимизатора {optimizer} нет параметра {key!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/optim.py" />
            <source>optimiser state {key} does not fit the network</source>
            <translation>состояние оптимизатора {key} не подходит к сети</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: field {field!r} {what}</source>
            <translation>{path}: поле {field!r}: {what}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>must be a JSON object, not {kind}</source>
            <translation>должно быть объектом JSON, а не {kind}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>must be {expected!r}, not {value!r}</source>
            <translation>должно быть {expected!r}, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>is {version}: this cnnviz reads scenarios up to version {newest}</source>
            <translation>равно {version}: эта версия cnnviz читает сценарии до версии {newest}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: its checkpoint {name} is missing (it is saved next to the scenario, with the same name)</source>
            <translation>{path}: нет его контрольной точки {name} (она сохраняется рядом со сценарием под тем же именем)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: field 'architecture' differs from {name}'s</source>
            <translation>{path}: поле 'architecture' отличается от архитектуры в {name}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: field 'step' is {step} but {name} holds step {held}</source>
            <translation>{path}: поле 'step' равно {step}, а {name} хранит шаг {held}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: cannot write the scenario ({reason})</source>
            <translation>{path}: не удаётся записать сценарий ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: the file must be a JSON object, not {kind}</source>
            <translation>{path}: файл должен содержать объект JSON, а не {kind}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>must be {kind}, not {value!r}</source>
            <translation>должно иметь тип {kind}, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>must be one of {choices}, not {value!r}</source>
            <translation>должно быть одним из {choices}, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>must be &gt;= 0, not {value}</source>
            <translation>должно быть &gt;= 0, а не {value}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>must be a rectangle of pixels 0..255</source>
            <translation>должно быть прямоугольником из пикселей 0..255</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: cannot read the scenario ({reason})</source>
            <translation>{path}: не удаётся прочитать сценарий ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: not a JSON scenario file ({reason})</source>
            <translation>{path}: это не файл сценария в формате JSON ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: field 'settings.{key}' is not a training setting ({known})</source>
            <translation>{path}: поле 'settings.{key}' не является параметром обучения ({known})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: field 'settings': {reason}</source>
            <translation>{path}: поле 'settings': {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: field 'view.probe': {reason}</source>
            <translation>{path}: поле 'view.probe': {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>{path}: field {field!r} must be a JSON object, not {kind}</source>
            <translation>{path}: поле {field!r} должно быть объектом JSON, а не {kind}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>is missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/scenario.py" />
            <source>must be rows of numbers</source>
            <translation>должно состоять из строк чисел</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>Update</source>
            <translation>Обновление</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>Forward {layer}</source>
            <translation>Прямой проход {layer}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>Backward {layer}</source>
            <translation>Обратный проход {layer}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>probe index {index} is outside the test set 0..{last}</source>
            <translation>номер пробного образца {index} вне тестовой выборки 0..{last}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>the forward pass is not complete: next is {phase}</source>
            <translation>прямой проход не завершён: следующий шаг — {phase}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>the backward pass is not complete: next is {phase}</source>
            <translation>обратный проход не завершён: следующий шаг — {phase}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>the loss became {loss} at step {step} (epoch {epoch}); the weights were left as they were: lower the learning rate ({lr})</source>
            <translation>ошибка стала равна {loss} на шаге {step} (эпоха {epoch}); веса оставлены прежними: уменьшите скорость обучения ({lr})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>the update at step {step} (epoch {epoch}) made {param} infinite; the weights were left as they were: lower the learning rate ({lr})</source>
            <translation>обновление на шаге {step} (эпоха {epoch}) сделало {param} бесконечным; веса оставлены прежними: уменьшите скорость обучения ({lr})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session.py" />
            <source>finish the batch in flight first: next is {phase}</source>
            <translation>сначала завершите начатый пакет: следующий шаг — {phase}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>a drawn probe must be a {size} image, not shape {shape}</source>
            <translation>нарисованный образец должен быть изображением {size}, а не массивом формы {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>a drawn probe's pixels must lie in 0..255; these go from {low:g} to {high:g}</source>
            <translation>пиксели нарисованного образца должны лежать в 0..255; здесь они от {low:g} до {high:g}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>the class of a drawn probe must be 0..{last}, not {label!r}</source>
            <translation>класс нарисованного образца должен быть 0..{last}, а не {label!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>not a cnnviz session state (format {format!r}, version {version!r})</source>
            <translation>это не состояние сеанса cnnviz (формат {format!r}, версия {version!r})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>the session state was made for {made} training images; this data set has {n}</source>
            <translation>состояние сеанса сделано для {made} обучающих изображений; в этом наборе данных их {n}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>the session state's data order does not fit the data set</source>
            <translation>порядок данных в состоянии сеанса не подходит к набору данных</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>optimiser {name!r} does not match the settings' {expected!r}</source>
            <translation>оптимизатор {name!r} не совпадает с указанным в настройках {expected!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>the session state is incomplete or malformed ({kind}: {detail})</source>
            <translation>состояние сеанса неполно или повреждено ({kind}: {detail})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/session_state.py" />
            <source>session state</source>
            <translation>состояние сеанса</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>not a cnnviz message ({size} bytes starting {start!r})</source>
            <translation>это не сообщение cnnviz ({size} байт, начало {start!r})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>message cut short: header of {size} bytes, {left} left</source>
            <translation>сообщение оборвано: заголовок в {size} байт, осталось {left}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>{count} stray bytes after the message's arrays</source>
            <translation>{count} лишних байт после массивов сообщения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>message holds no session state</source>
            <translation>в сообщении нет состояния сеанса</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>array {name!r} of dtype {dtype} cannot be sent without pickle</source>
            <translation>массив {name!r} с типом данных {dtype} нельзя передать без сериализации объектов Python</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>message header is not JSON-able: {detail}</source>
            <translation>заголовок сообщения нельзя записать в JSON: {detail}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>message header is not a valid JSON object ({detail})</source>
            <translation>заголовок сообщения не является корректным объектом JSON ({detail})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>array entry {entry!r} of the message is malformed ({detail})</source>
            <translation>описание массива {entry!r} в сообщении повреждено ({detail})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>snapshot message is incomplete or malformed ({kind}: {detail})</source>
            <translation>сообщение со снимком неполно или повреждено ({kind}: {detail})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/core/wire.py" />
            <source>block {key!r} of the message is not a 1-D {dtype} .npy record ({detail})</source>
            <translation>блок {key!r} сообщения не является одномерной записью .npy типа {dtype} ({detail})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/checksums.py" />
            <source>{path}: SHA-256 mismatch for bundled file: expected {expected}, got {actual}; reinstall cnnviz</source>
            <translation>{path}: контрольная сумма SHA-256 встроенного файла не совпадает: ожидалась {expected}, получена {actual}; переустановите cnnviz</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/checksums.py" />
            <source>{path}: SHA-256 mismatch with {sums}: expected {expected}, got {actual}; download the file again</source>
            <translation>{path}: контрольная сумма SHA-256 не совпадает с {sums}: ожидалась {expected}, получена {actual}; скачайте файл заново</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/checksums.py" />
            <source>{path}: no such file; cannot verify checksums</source>
            <translation>{path}: такого файла нет; проверить контрольные суммы нельзя</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/checksums.py" />
            <source>{path}: cannot read: {reason}</source>
            <translation>{path}: не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/checksums.py" />
            <source>{path}: line {number} is not '&lt;sha256&gt;  &lt;file name&gt;'</source>
            <translation>{path}: строка {number} не имеет вида '&lt;sha256&gt;  &lt;имя файла&gt;'</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/checksums.py" />
            <source>{path}: not listed in {sums}, cannot verify it</source>
            <translation>{path}: файла нет в списке {sums}, проверить его нельзя</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/drawing.py" />
            <source>pen width must be a positive number, not {value!r}</source>
            <translation>толщина пера должна быть положительным числом, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/drawing.py" />
            <source>stroke point {a} or {b} is not finite</source>
            <translation>точка штриха {a} или {b} не конечна</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/drawing.py" />
            <source>a drawing must be a 2-D grey image, not shape {shape}</source>
            <translation>рисунок должен быть двумерным изображением в оттенках серого, а не массивом формы {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/drawing.py" />
            <source>a drawing's grey levels must lie in [0, 1] (ink 1); this one has values from {low:g} to {high:g}</source>
            <translation>уровни серого рисунка должны лежать в [0, 1] (чернила — 1); здесь значения от {low:g} до {high:g}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>unsigned byte</source>
            <translation>байт без знака</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>signed byte</source>
            <translation>байт со знаком</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>16-bit integer</source>
            <translation>16-битное целое</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>32-bit integer</source>
            <translation>32-битное целое</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>32-bit float</source>
            <translation>32-битное с плавающей точкой</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>64-bit float</source>
            <translation>64-битное с плавающей точкой</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>header says {shape} ({size} bytes)</source>
            <translation>по заголовку — {shape} ({size} байт)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>an array of shape {shape}</source>
            <translation>массив формы {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: is a folder, not an IDX file</source>
            <translation>{path}: это папка, а не файл IDX</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source> (after decompression)</source>
            <translation> (после распаковки)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: truncated: {what}{where}; an IDX header needs 4</source>
            <translation>{path}: файл обрезан: {what}{where}; заголовку IDX нужно 4 байта</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: bad magic number 0x{magic:08x}{where}: not an IDX file, the first two bytes must be zero{hint}</source>
            <translation>{path}: неверное магическое число 0x{magic:08x}{where}: это не файл IDX, первые два байта должны быть нулевыми{hint}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: bad magic number 0x{magic:08x}: unknown IDX data type 0x{code:02x}</source>
            <translation>{path}: неверное магическое число 0x{magic:08x}: неизвестный тип данных IDX 0x{code:02x}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: bad magic number 0x{magic:08x} (expected {expected})</source>
            <translation>{path}: неверное магическое число 0x{magic:08x} (ожидалось {expected})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: bad magic number 0x{magic:08x}: {ndim} dimensions, expected 1 to {most}</source>
            <translation>{path}: неверное магическое число 0x{magic:08x}: измерений {ndim}, ожидалось от 1 до {most}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: truncated: the header declares {ndim} dimensions ({size} bytes) but the file holds {held} bytes{where}</source>
            <translation>{path}: файл обрезан: заголовок объявляет измерений {ndim} ({size} байт), а в файле {held} байт{where}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: truncated: {says} but the file holds {held} bytes{where}</source>
            <translation>{path}: файл обрезан: {says}, а в файле {held} байт{where}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: more than {count} trailing bytes after the data: {says} but the file holds more{where}</source>
            <translation>{path}: больше {count} лишних байт после данных: {says}, а в файле больше{where}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: {count} trailing bytes after the data: {says} but the file holds {held} bytes{where}</source>
            <translation>{path}: {count} лишних байт после данных: {says}, а в файле {held} байт{where}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{ndim} dimensions</source>
            <translation>измерений: {ndim}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>data type 0x{code:02x}, {name}</source>
            <translation>тип данных 0x{code:02x}, {name}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>0x0000{code:02x}{ndim:02x} for labels</source>
            <translation>0x0000{code:02x}{ndim:02x} для меток</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>0x0000{code:02x}{ndim:02x} for images</source>
            <translation>0x0000{code:02x}{ndim:02x} для изображений</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{n} items</source>
            <translation>элементов: {n}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{n} images of {h}x{w}</source>
            <translation>изображений {h}x{w}: {n}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: no such file</source>
            <translation>{path}: такого файла нет</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: the gzip file ends early (a truncated download?)</source>
            <translation>{path}: файл gzip обрывается (загрузка прервана?)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: damaged gzip data: {reason}</source>
            <translation>{path}: повреждённые данные gzip: {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>{path}: cannot write: {reason}</source>
            <translation>{path}: не удаётся записать: {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>the file holds only {n} bytes</source>
            <translation>в файле всего {n} байт</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source> (gzip-compressed twice?)</source>
            <translation> (сжат gzip дважды?)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/idx.py" />
            <source>unknown</source>
            <translation>неизвестный</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>cnnviz's bundled resources are missing: looked in {first} and {second}; reinstall cnnviz</source>
            <translation>встроенные ресурсы cnnviz не найдены: искали в {first} и {second}; переустановите cnnviz</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{folder}: is a file, not a folder; expected a folder holding the four MNIST files</source>
            <translation>{folder}: это файл, а не папка; нужна папка с четырьмя файлами MNIST</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{folder}: no such folder; expected a folder holding the four MNIST files</source>
            <translation>{folder}: такой папки нет; нужна папка с четырьмя файлами MNIST</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{path}: images are {th}x{tw} but {train} has {h}x{w}</source>
            <translation>{path}: изображения размером {th}x{tw}, а в {train} — {h}x{w}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{folder}: missing {n} of the 4 MNIST files: {names}</source>
            <translation>{folder}: не хватает файлов MNIST ({n} из 4): {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{path}: holds no images (shape {shape})</source>
            <translation>{path}: изображений нет (форма {shape})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{path}: labels file has {n} items but images file {images} has {m}</source>
            <translation>{path}: в файле меток {n} элементов, а в файле изображений {images} — {m}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{path}: label {label} out of range 0..{last} at index {index}</source>
            <translation>{path}: метка {label} вне диапазона 0..{last} (номер {index})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/data/mnist.py" />
            <source>{name} must be 0 or more, got {n}</source>
            <translation>{name}: нужно 0 или больше, получено {n}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>No such file or directory</source>
            <translation>нет такого файла или папки</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>Permission denied</source>
            <translation>доступ запрещён</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>Operation not permitted</source>
            <translation>операция не разрешена</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>Is a directory</source>
            <translation>это папка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>Not a directory</source>
            <translation>это не папка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>No space left on device</source>
            <translation>на диске не осталось места</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>Read-only file system</source>
            <translation>файловая система только для чтения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>Input/output error</source>
            <translation>ошибка ввода-вывода</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>{path}: the folder {folder} does not exist</source>
            <translation>{path}: папки {folder} нет</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>the file ends early</source>
            <translation>файл обрывается</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>the compressed data is corrupt</source>
            <translation>сжатые данные повреждены</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>not UTF-8 text</source>
            <translation>это не текст в кодировке UTF-8</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>line {line}, column {column}</source>
            <translation>строка {line}, столбец {column}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>it holds Python objects (a pickle)</source>
            <translation>в нём объекты Python (сериализованные)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/errors.py" />
            <source>not a zip archive</source>
            <translation>это не архив zip</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/app.py" />
            <source>cnnviz met an error it did not expect, and the last action did not complete: {kind}: {detail}. The details are on the terminal; saving the network (File &gt; Save checkpoint) keeps the work so far.</source>
            <translation>cnnviz встретил непредвиденную ошибку, и последнее действие не завершилось: {kind}: {detail}. Подробности — в терминале; сохранение сети (Файл &gt; Сохранить контрольную точку) сохранит сделанное.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>could not start the training process: {reason}</source>
            <translation>не удалось запустить процесс обучения: {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>{path}: could not save the checkpoint ({reason})</source>
            <translation>{path}: не удалось сохранить контрольную точку ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenario_io.py" />
            <source>field '{where}.page': there is no page {page!r}; pages are {pages}</source>
            <translation>поле '{where}.page': страницы {page!r} нет; есть страницы {pages}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenario_io.py" />
            <source>field '{where}.layer': there is no layer {layer!r}; layers are {layers}</source>
            <translation>поле '{where}.layer': слоя {layer!r} нет; есть слои {layers}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenario_io.py" />
            <source>{path}: field 'language' must be one of {languages} or auto, not {language!r}</source>
            <translation>{path}: поле 'language' должно быть одним из {languages} или auto, а не {language!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenario_io.py" />
            <source>scene {scene!r}: {reason}</source>
            <translation>сцена {scene!r}: {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/trainer_process.py" />
            <source>{folder}: the training process read different data from this folder than the window holds (changed on disk?)</source>
            <translation>{folder}: процесс обучения прочитал из этой папки другие данные, чем в окне (изменились на диске?)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/trainer_process.py" />
            <source>unexpected {kind}: {detail}</source>
            <translation>непредвиденная ошибка {kind}: {detail}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>{path}: nothing was written</source>
            <translation>{path}: ничего не записано</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>{path}: could not write the PNG file</source>
            <translation>{path}: не удалось записать файл PNG</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>{path}: export needs a .png or .svg file name, not {suffix!r}</source>
            <translation>{path}: для экспорта нужно имя файла .png или .svg, а не {suffix!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>{path}: there are no frames to write</source>
            <translation>{path}: нет кадров для записи</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>{path}: an animation needs a .gif file name, not {suffix!r}</source>
            <translation>{path}: для анимации нужно имя файла .gif, а не {suffix!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>{path}: could not write the GIF ({reason})</source>
            <translation>{path}: не удалось записать GIF ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>{error}; the network was left as it was before training</source>
            <translation>{error}; сеть оставлена такой, какой была до обучения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>connection lost</source>
            <translation>связь потеряна</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>the training process did not stop within {seconds:.0f} s and was ended</source>
            <translation>процесс обучения не остановился за {seconds:.0f} с и был завершён принудительно</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>exit code {code}</source>
            <translation>код выхода {code}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>killed by signal {signal}</source>
            <translation>завершён сигналом {signal}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>the trained network could not be taken over ({reason})</source>
            <translation>не удалось принять обученную сеть ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>the training process stopped unexpectedly ({how})</source>
            <translation>процесс обучения неожиданно остановился ({how})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>training ended without a result</source>
            <translation>обучение закончилось без результата</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/worker.py" />
            <source>the training process sent a message that cannot be read ({reason})</source>
            <translation>процесс обучения прислал сообщение, которое не удаётся прочитать ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>{name} is {h}x{w}; the lab takes at most {most_h}x{most_w}</source>
            <translation>{name} имеет размер {h}x{w}; лаборатория принимает не больше {most_h}x{most_w}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>K ({kh}x{kw}) must not be larger than X ({xh}x{xw})</source>
            <translation>K ({kh}x{kw}) не должно быть больше X ({xh}x{xw})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>T must be {h}x{w} (the size of Y), not {th}x{tw}</source>
            <translation>T должно быть {h}x{w} (размер Y), а не {th}x{tw}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>{param!r} is not one of {names}</source>
            <translation>{param!r} не входит в число допустимых: {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>epsilon must be a positive number, not {value!r}</source>
            <translation>ε должно быть положительным числом, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>{param}{index} is outside the {h}x{w} matrix {param}</source>
            <translation>{param}{index} лежит вне матрицы {param} размером {h}x{w}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>B must be {h}x{w} for a tied bias, not {shape}</source>
            <translation>для связанного смещения B должно быть {h}x{w}, а не {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/backprop.py" />
            <source>B must be {h}x{w} for an untied bias, not {shape}</source>
            <translation>для несвязанного смещения B должно быть {h}x{w}, а не {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>entry</source>
            <translation>элемент</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>--input {spec!r} is not digit:N, random:HxW or a FILE.npy</source>
            <translation>--input {spec!r}: нужно digit:N, random:HxW или ФАЙЛ.npy</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{where}: {text!r} is not a finite number</source>
            <translation>{where}: {text!r} — не конечное число</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{where}: {text!r} is larger than the labs take (at most {most:,.0f} either way)</source>
            <translation>{where}: {text!r} больше, чем принимают лаборатории (не больше {most:,.0f} по модулю)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>digit {index} is outside 0..{last}</source>
            <translation>цифра {index} вне диапазона 0..{last}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>an input of {h}x{w} is outside 1x1..{most}x{most}</source>
            <translation>вход {h}x{w} вне диапазона 1x1..{most}x{most}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: holds several arrays; save one 2-D array with np.save</source>
            <translation>{path}: в файле несколько массивов; сохраните один двумерный массив через np.save</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: holds {dtype} values; the labs take real numbers</source>
            <translation>{path}: в файле значения типа {dtype}; лабораториям нужны действительные числа</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: needs a non-empty 2-D array, not shape {shape}</source>
            <translation>{path}: нужен непустой двумерный массив, а не массив формы {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: {h}x{w} is larger than {most}x{most}</source>
            <translation>{path}: размер {h}x{w} больше {most}x{most}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: holds values that are not finite (NaN or infinity)</source>
            <translation>{path}: в файле есть неконечные значения (NaN или бесконечность)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: holds values beyond ±{most:,.0f} (largest {largest:g}), more than the labs take</source>
            <translation>{path}: в файле есть значения за пределами ±{most:,.0f} (наибольшее {largest:g}) — больше, чем принимают лаборатории</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{where}: {text!r} is not a number</source>
            <translation>{where}: {text!r} — не число</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: not a readable .npy array (no .npy header)</source>
            <translation>{path}: массив .npy не читается (нет заголовка .npy)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: not a readable .npy array ({reason})</source>
            <translation>{path}: массив .npy не читается ({reason})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>--input {spec!r}: the digit must be a test image number</source>
            <translation>--input {spec!r}: после digit нужен номер тестового изображения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>--input {spec!r}: write the size as HxW, e.g. random:5x5</source>
            <translation>--input {spec!r}: запишите размер как HxW, например random:5x5</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/inputs.py" />
            <source>{path}: holds Python objects (a pickle); cnnviz reads only plain numeric arrays</source>
            <translation>{path}: в файле объекты Python (сериализованные); cnnviz читает только числовые массивы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/kernels.py" />
            <source>kernel {name!r} is not one of {names}</source>
            <translation>ядро {name!r} не входит в число допустимых: {names}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>must be a list of strokes, each a list of [x, y] points within ±{limit:g} ({points:,} points at most)</source>
            <translation>должно быть списком штрихов, каждый — список точек [x, y] в пределах ±{limit:g} (не более {points:,} точек)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>field {field!r} {what}</source>
            <translation>поле {field!r}: {what}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>must be rows of numbers, at most {rows}x{cols}, each within ±{limit:,.0f}</source>
            <translation>должно быть строками чисел, не больше {rows}x{cols}, каждое в пределах ±{limit:,.0f}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>must be null or [true class, predicted class], each from 0 to {last}, not {value!r}</source>
            <translation>должно быть null или [истинный класс, предсказанный класс], каждый от 0 до {last}, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>field {field!r}: the page {page!r} has no lab settings</source>
            <translation>поле {field!r}: у страницы {page!r} нет настроек лаборатории</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>field {field!r} must be a JSON object, not {kind}</source>
            <translation>поле {field!r} должно быть объектом JSON, а не {kind}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>and 'check_col' ({row}, {col}) are outside {param}, which is {h}x{w}</source>
            <translation>и 'check_col' ({row}, {col}) лежат за пределами {param} размера {h}x{w}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>field {field!r}: {reason}</source>
            <translation>поле {field!r}: {reason}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>is not a setting of this lab (settings: {keys})</source>
            <translation>не является настройкой этой лаборатории (настройки: {keys})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>must be a whole number from {lo} to {hi}, not {value!r}</source>
            <translation>должно быть целым числом от {lo} до {hi}, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>must be true or false, not {value!r}</source>
            <translation>должно быть true или false, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/lab_state.py" />
            <source>must be a number above {lo:g} and up to {hi:g}, not {value!r}</source>
            <translation>должно быть числом больше {lo:g} и не больше {hi:g}, а не {value!r}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/multichannel.py" />
            <source>no border mode turns a {size} map and a {kernel} kernel into {out}</source>
            <translation>ни один режим границы не превращает карту {size} и ядро {kernel} в {out}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/multichannel.py" />
            <source>{layer} is not a convolutional layer</source>
            <translation>{layer} — не свёрточный слой</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/multichannel.py" />
            <source>{layer} has maps 0..{last}, not {i}</source>
            <translation>у {layer} карты признаков 0..{last}, карты {i} нет</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/pooling.py" />
            <source>dE/dY pattern {pattern!r} is not 'ones' or 'count'</source>
            <translation>образец dE/dY {pattern!r} — не 'ones' и не 'count'</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/pooling.py" />
            <source>{name} {value!r} is not one of {sizes}</source>
            <translation>{name} {value!r} не входит в число допустимых: {sizes}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/pooling.py" />
            <source>window</source>
            <translation>окно</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/pooling.py" />
            <source>the pooling input must be a 2-D matrix, not shape {shape}</source>
            <translation>вход подвыборки должен быть двумерной матрицей, а не массивом формы {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/pooling.py" />
            <source>dE/dY must be {h}x{w} (the output's size), not {dh}x{dw}</source>
            <translation>dE/dY должно быть {h}x{w} (размер выхода), а не {dh}x{dw}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/pooling.py" />
            <source>dE/dY must be a 2-D matrix, not {shape}</source>
            <translation>dE/dY должно быть двумерной матрицей, а не {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/sliding.py" />
            <source>{name} holds values that are not finite numbers</source>
            <translation>{name} содержит значения, которые не являются конечными числами</translation>
        </message>
        <message>
            <location filename="../../cnnviz/labs/sliding.py" />
            <source>{name} must be a 2-D array of numbers</source>
            <translation>{name}: нужен двумерный массив чисел</translation>
        </message>
    </context>
    <context>
        <name>EvalPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Evaluate the test set with the current weights</source>
            <translation>Оценить тестовую выборку с текущими весами</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Click a cell of the matrix to see its images</source>
            <translation>Щёлкните по клетке матрицы, чтобы увидеть её изображения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Not evaluated yet</source>
            <translation>Ещё не оценено</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Evaluating {0} test images with the weights of step {1}…</source>
            <translation>Оценка {0} тестовых изображений с весами шага {1}…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Test set, {0} images, weights of step {1}: accuracy {2:.2f}%, {3} mistakes</source>
            <translation>Тест: {0} изобр., веса шага {1}: точность {2:.2f}%, ошибок: {3}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>All {0} misclassified test images, most confident mistake first</source>
            <translation>Все {0} ошибочно классифицированных тестовых изображений, самые уверенные ошибки первыми</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>True {0}, predicted {1}: {2} images, most confident first (index, true → predicted, confidence)</source>
            <translation>Истинный {0}, предсказан {1}: изображений {2}, самые уверенные первыми (номер, истинный → предсказанный, уверенность)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>The network was replaced: evaluating when shown</source>
            <translation>Сеть заменена: оценка при показе страницы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Evaluation failed: {0}</source>
            <translation>Оценка не удалась: {0}</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>Export view as PNG/SVG…</source>
            <translation>Экспорт вида в PNG/SVG…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>Export view</source>
            <translation>Экспорт вида</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>Images (*.png *.svg)</source>
            <translation>Изображения (*.png *.svg)</translation>
        </message>
    </context>
    <context>
        <name>Formulas</name>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>Y_i = B_i + Σ_j X_j ⋆ K_ij   (⋆: cross-correlation)</source>
            <translation>Y_i = B_i + Σ_j X_j ⋆ K_ij   (⋆: корреляция)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>Y = mean of each k×k window of X</source>
            <translation>Y = среднее каждого окна k×k из X</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>Y = max of each k×k window of X (the winner is kept)</source>
            <translation>Y = максимум каждого окна k×k из X (победитель запоминается)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>Y = W X + B</source>
            <translation>Y = W X + B</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY *full K</source>
            <translation>dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY *full K</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dB = Σ dE/dY,  dE/dK = X̃ ⋆ dE/dY,  dE/dX = dE/dY *full K without the border,  X̃: X with its zero border</source>
            <translation>dE/dB = Σ dE/dY,  dE/dK = X̃ ⋆ dE/dY,  dE/dX = dE/dY *full K без рамки,  X̃: X с нулевой рамкой</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dX = dE/dY / k² spread over each window</source>
            <translation>dE/dX = dE/dY / k², поровну по каждому окну</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dX = dE/dY routed to each window's winner</source>
            <translation>dE/dX = dE/dY, переданный победителю каждого окна</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dW = dE/dY Xᵀ,  dE/dB = dE/dY,  dE/dX = Wᵀ dE/dY</source>
            <translation>dE/dW = dE/dY Xᵀ,  dE/dB = dE/dY,  dE/dX = Wᵀ dE/dY</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>w ← w − lr · (optimiser step from the batch's mean dE/dw)</source>
            <translation>w ← w − lr · (шаг оптимизатора по среднему dE/dw пакета)</translation>
        </message>
    </context>
    <context>
        <name>GifExport</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Export animation as GIF…</source>
            <translation>Экспорт анимации в GIF…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Export animation</source>
            <translation>Экспорт анимации</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>GIF animations (*.gif)</source>
            <translation>Анимации GIF (*.gif)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Writing the animation…</source>
            <translation>Запись анимации…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>gradient RMS ‖dE/dK_i‖/√n</source>
            <translation>СКЗ градиента ‖dE/dK_i‖/√n</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>update ratio ‖ΔK_i‖/‖K_i‖</source>
            <translation>доля обновления ‖ΔK_i‖/‖K_i‖</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>saturated or dead share</source>
            <translation>доля насыщенных или мёртвых</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>training step</source>
            <translation>шаг обучения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Gradient RMS per layer</source>
            <translation>СКЗ градиента по слоям</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>‖dE/dW‖ / √n</source>
            <translation>‖dE/dW‖ / √n</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Update-to-weight ratio per layer</source>
            <translation>Отношение обновления к весам по слоям</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>‖ΔW‖ / ‖W‖</source>
            <translation>‖ΔW‖ / ‖W‖</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Saturated or dead units</source>
            <translation>Насыщенные или мёртвые нейроны</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>share of units</source>
            <translation>доля нейронов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>output Y (no activation)</source>
            <translation>Y (без активации)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>|dE/dY|</source>
            <translation>|dE/dY|</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>output map</source>
            <translation>карта</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Layer</source>
            <translation>Слой</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>per map</source>
            <translation>по картам</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>no records yet: train or step</source>
            <translation>записей нет: Пуск или шаги</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>appears once {0} is measured: train (Play) or step an update</source>
            <translation>{0} ещё не измерен: Пуск или Обновление</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Measured every {1:g} s of training (after every stepped update) on {0} fixed test images, forward and backward, without updating. Normalised per weight so that layers of different sizes compare fairly: RMS = ‖·‖/√(number of values), and shares of values or units, never raw sums. Saturated: tanh |y| &gt; 0.97, sigmoid y &lt; 0.03 or y &gt; 0.97; dead: ReLU units that are 0 for every one of the images. Histogram values beyond the range count in the end bins (|dE/dY| ≤ 1e-12 and 0 in the bottom one).</source>
            <translation>Измеряется раз в {1:g} с обучения (после каждого пошагового обновления) на {0} фиксированных тестовых изображениях, прямым и обратным проходом, без обновления весов. Нормировано на один вес, чтобы честно сравнивать слои разного размера: СКЗ = ‖·‖/√(число значений), а также доли значений или нейронов, но не суммы. Насыщенные: tanh |y| &gt; 0,97, сигмоида y &lt; 0,03 или y &gt; 0,97; мёртвые: нейроны ReLU, равные 0 на всех изображениях. Значения за пределами диапазона гистограммы попадают в крайние столбцы (|dE/dY| ≤ 1e-12 и 0 — в нижний).</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0} records · steps {1}–{2}</source>
            <translation>записей: {0} · шаги {1}–{2}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0}: histogram of {1}</source>
            <translation>{0}: гистограмма {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0}: histogram of |dE/dY|, log bins</source>
            <translation>{0}: гистограмма |dE/dY|, лог. шкала</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0}: {1}{2}</source>
            <translation>{0}: {1}{2}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>, log10</source>
            <translation>, log10</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>1 record · step {0}</source>
            <translation>1 запись · шаг {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0} has no activation: nothing saturates or dies</source>
            <translation>у {0} нет функции активации: насыщаться или умирать нечему</translation>
        </message>
    </context>
    <context>
        <name>HeatOverSteps</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/heat_over_steps.py" />
            <source>step {0} · {1}: {2}</source>
            <translation>шаг {0} · {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>KernelChange</name>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>ΔK = K(shown step) − K(reference step): red grew, blue shrank, white did not change. Choose the reference step under the network strip.</source>
            <translation>ΔK = K(показанный шаг) − K(опорный шаг): красное выросло, синее уменьшилось, белое не изменилось. Опорный шаг выбирается под полосой сети.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>ΔK</source>
            <translation>ΔK</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>nothing recorded yet</source>
            <translation>ещё ничего не записано</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>{0} = {1}(step {2}) − {1}(step {3}) — change of the weights</source>
            <translation>{0} = {1}(шаг {2}) − {1}(шаг {3}) — изменение весов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>ΔK — {0}</source>
            <translation>ΔK — {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>{0} has no weights</source>
            <translation>у {0} нет весов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>only step {0} is recorded so far: train (N, E or Play) to record more, then choose an earlier step as the reference</source>
            <translation>пока записан только шаг {0}: обучите сеть (N, E или «Пуск»), чтобы записать новые шаги, и выберите более ранний шаг опорным</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>the shown step and the reference step are both {0}: choose another reference step</source>
            <translation>показанный и опорный шаг оба равны {0}: выберите другой опорный шаг</translation>
        </message>
    </context>
    <context>
        <name>KeysBack</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/keys_back.py" />
            <source>Allowed: from {0} to {1}</source>
            <translation>Допустимо: от {0} до {1}</translation>
        </message>
    </context>
    <context>
        <name>LayerInspector</name>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>conv</source>
            <translation>свёртка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>avg pool</source>
            <translation>подвыборка сред.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>max pool</source>
            <translation>подвыборка макс.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dense</source>
            <translation>полносвязный</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>row i = output, column j = input · blank = not connected</source>
            <translation>строка i = выход, столбец j = вход · пусто = нет связи</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>row i = output map, column j = input map</source>
            <translation>строка i = выходная карта, столбец j = входная карта</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>stride</source>
            <translation>шаг</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dK_ij = X_j ⋆ dE/dY_i (valid correlation)   ·   dE/dB_i = Σ dE/dY_i   ·   dE/dX_j = Σ_i dE/dY_i *full K_ij (*: convolution, full)</source>
            <translation>dE/dK_ij = X_j ⋆ dE/dY_i (корреляция valid)   ·   dE/dB_i = Σ dE/dY_i   ·   dE/dX_j = Σ_i dE/dY_i *full K_ij (*: свёртка, full)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>no activation: output = Y</source>
            <translation>без активации: выход = Y</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>input vector</source>
            <translation>входной вектор</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>input maps</source>
            <translation>входные карты</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y_i = B_i + Σ_j X_j ⋆ K_ij</source>
            <translation>Y_i = B_i + Σ_j X_j ⋆ K_ij</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y = W X + B</source>
            <translation>Y = W X + B</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dB — bias gradient</source>
            <translation>dE/dB — градиент смещения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>{0} appears once the backward pass reaches {1}</source>
            <translation>{0} появится, когда обратный проход дойдёт до {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y is the block's output</source>
            <translation>Y — выход блока</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>row i = output unit, column j = input unit</source>
            <translation>строка i = выходной нейрон, столбец j = входной нейрон</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dK_ij = X̃_j ⋆ dE/dY_i (valid correlation; X̃_j: X_j with its {0}-pixel zero border)   ·   dE/dB_i = Σ dE/dY_i   ·   dE/dX_j = Σ_i dE/dY_i *full K_ij (*: convolution, full) without the {0}-pixel border</source>
            <translation>dE/dK_ij = X̃_j ⋆ dE/dY_i (корреляция valid; X̃_j: X_j с нулевой рамкой в {0} пикс.)   ·   dE/dB_i = Σ dE/dY_i   ·   dE/dX_j = Σ_i dE/dY_i *full K_ij (*: свёртка, full) без рамки в {0} пикс.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dW = dE/dY Xᵀ   ·   dE/dB = dE/dY   ·   dE/dX = Wᵀ dE/dY</source>
            <translation>dE/dW = dE/dY Xᵀ   ·   dE/dB = dE/dY   ·   dE/dX = Wᵀ dE/dY</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX = dE/dY routed to the winner of each window, 0 elsewhere</source>
            <translation>dE/dX = dE/dY, переданный победителю каждого окна, 0 в остальных</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source> · no activation: Y is the block's output</source>
            <translation> · без активации: Y — выход блока</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>{0}_i,0: one per output map i (there is one input map)</source>
            <translation>{0}_i,0: по одному на выходную карту i (входная карта одна)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source> · rows {0}–{1} of {2}</source>
            <translation> · строки {0}–{1} из {2}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>output = {0}(Y)</source>
            <translation>выход = {0}(Y)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y_c = mean of each {0}×{0} window of X_c   ·   no weights, no activation</source>
            <translation>Y_c = среднее каждого окна {0}×{0} из X_c   ·   без весов и без активации</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX = dE/dY / k² spread over each window (k = {0})</source>
            <translation>dE/dX = dE/dY / k², поровну по каждому окну (k = {0})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>X — {0} ({1})</source>
            <translation>X — {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>1 = this input is the maximum of its window and passes on</source>
            <translation>1 = этот вход — максимум своего окна и проходит дальше</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dY — gradient w.r.t. Y ({0})</source>
            <translation>dE/dY — градиент по Y ({0})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>{0} — weight gradient</source>
            <translation>{0} — градиент весов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX — gradient w.r.t. the input ({0})</source>
            <translation>dE/dX — градиент по входу ({0})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y is the pre-activation: dE/dY = {0}'(Y) · dE/d(output)</source>
            <translation>Y — до активации: dE/dY = {0}'(Y) · dE/d(выход)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX is not needed for the input</source>
            <translation>dE/dX для входа не нужен</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y_i = B_i + Σ_j X_j ⋆ K_ij (⋆: cross-correlation, {0})   ·   {1}</source>
            <translation>Y_i = B_i + Σ_j X_j ⋆ K_ij (⋆: корреляция, {0})   ·   {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y = W X + B   ·   {0}</source>
            <translation>Y = W X + B   ·   {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y_c = max of each {0}×{0} window of X_c   ·   no weights, no activation</source>
            <translation>Y_c = максимум каждого окна {0}×{0} из X_c   ·   без весов и без активации</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>K_ij — kernel weights ({0}×{1} of {2}×{3})</source>
            <translation>K_ij — веса ядер ({0}×{1} по {2}×{3})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>W — weight matrix ({0}×{1})</source>
            <translation>W — матрица весов ({0}×{1})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>B — bias ({0})</source>
            <translation>B — смещение ({0})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y — pre-activation output ({0})</source>
            <translation>Y — выход до активации ({0})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>{0}(Y) — activated output ({1})</source>
            <translation>{0}(Y) — выход после активации ({1})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>pooling has no activation: pre-activation = output, so it is shown once</source>
            <translation>у подвыборки нет активации: выход до активации = выход, поэтому он показан один раз</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>winners — which input won ({0})</source>
            <translation>победители — какой вход победил ({0})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>the gradient at the input image</source>
            <translation>градиент на входном изображении</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>passed back as dE/d(output) of the block before</source>
            <translation>передаётся назад как dE/d(выход) предыдущего блока</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y — output ({0})</source>
            <translation>Y — выход ({0})</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source> · output maps {0}–{1} of {2}</source>
            <translation> · выходные карты {0}–{1} из {2}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Colour scale: each map to its own range, one range per panel, or hold the current range so that change over training stays visible</source>
            <translation>Цветовая шкала: у каждой карты свой диапазон, один диапазон на панель или закрепить текущий, чтобы видеть изменения при обучении</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Forward</source>
            <translation>Прямой проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Backward</source>
            <translation>Обратный проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>nothing computed yet</source>
            <translation>ещё ничего не вычислено</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>per map</source>
            <translation>по карте</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>per layer</source>
            <translation>по слою</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>fixed (hold)</source>
            <translation>закреплённая</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Output maps from</source>
            <translation>Выходные карты с</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Colour scale</source>
            <translation>Цветовая шкала</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>{0} appears once the forward pass reaches it</source>
            <translation>{0} появится, когда до него дойдёт прямой проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>to {0} of {1}</source>
            <translation>по {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>{0} · waiting for the first snapshot</source>
            <translation>{0} · ожидание первого снимка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>{0} · not computed yet</source>
            <translation>{0} · ещё не вычислено</translation>
        </message>
    </context>
    <context>
        <name>Lecture</name>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Open scenario…</source>
            <translation>Открыть сценарий…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Save scenario…</source>
            <translation>Сохранить сценарий…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Presentation mode</source>
            <translation>Режим презентации</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>High-contrast colour maps</source>
            <translation>Контрастные цветовые шкалы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Training panel</source>
            <translation>Панель обучения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Network strip</source>
            <translation>Схема сети</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>&amp;Scenes</source>
            <translation>С&amp;цены</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Add current view as scene</source>
            <translation>Добавить текущий вид как сцену</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Remove scene</source>
            <translation>Удалить сцену</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Next scene or step</source>
            <translation>Следующая сцена или шаг</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Previous scene</source>
            <translation>Предыдущая сцена</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Open scenario</source>
            <translation>Открыть сценарий</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>cnnviz scenarios (*.json)</source>
            <translation>сценарии cnnviz (*.json)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/lecture.py" />
            <source>Save scenario</source>
            <translation>Сохранить сценарий</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Convolution</source>
            <translation>Свёртка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Pooling</source>
            <translation>Подвыборка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Backprop</source>
            <translation>Обратный проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Multi-channel</source>
            <translation>Много каналов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Draw</source>
            <translation>Рисунок</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Evaluation</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Health</source>
            <translation>Диагностика</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/language_menu.py" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Ready</source>
            <translation>Готово</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Forward</source>
            <translation>Прямой проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Backward</source>
            <translation>Обратный проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Update</source>
            <translation>Обновление</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Training</source>
            <translation>Обучение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Forward step</source>
            <translation>Прямой шаг</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Run the next layer's forward pass</source>
            <translation>Прямой проход следующего слоя</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Backward step</source>
            <translation>Обратный шаг</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Run the next layer's backward pass</source>
            <translation>Обратный проход следующего слоя</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Apply the optimiser step to the weights</source>
            <translation>Применить шаг оптимизатора к весам</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train batch</source>
            <translation>Обучить пакет</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Finish this batch: forward, backward, update</source>
            <translation>Закончить этот пакет: прямой проход, обратный проход, обновление</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train epoch</source>
            <translation>Обучить эпоху</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train until the end of the epoch</source>
            <translation>Обучать до конца эпохи</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Play</source>
            <translation>Пуск</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train continuously</source>
            <translation>Обучать непрерывно</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Stop continuous training</source>
            <translation>Остановить непрерывное обучение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Reset</source>
            <translation>Сброс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Re-initialise the network from the seed</source>
            <translation>Заново инициализировать сеть из зерна</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>cnnviz — LeNet-5 explorer</source>
            <translation>cnnviz — исследование LeNet-5</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Inspector follows the step</source>
            <translation>Инспектор следует за шагом</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Show the layer (and the forward or backward side) that the last step computed</source>
            <translation>Показывать слой (и сторону прямого или обратного прохода), вычисленный последним шагом</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Change ΔK</source>
            <translation>Изменение ΔK</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Transport</source>
            <translation>Управление</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>&amp;Run</source>
            <translation>&amp;Обучение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>&amp;Network</source>
            <translation>&amp;Сеть</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>cnnviz</source>
            <translation>cnnviz</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open checkpoint</source>
            <translation>Открыть контрольную точку</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>cnnviz checkpoints (*.npz)</source>
            <translation>Контрольные точки cnnviz (*.npz)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Save checkpoint</source>
            <translation>Сохранить контрольную точку</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Export window</source>
            <translation>Экспорт окна</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Images (*.png *.svg)</source>
            <translation>Изображения (*.png *.svg)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open pretrained LeNet-5</source>
            <translation>Открыть обученную LeNet-5</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open checkpoint…</source>
            <translation>Открыть контрольную точку…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Save checkpoint…</source>
            <translation>Сохранить контрольную точку…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Export window as PNG/SVG…</source>
            <translation>Экспорт окна в PNG/SVG…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Architecture…</source>
            <translation>Архитектура…</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Re-initialise the network from seed {seed}? Its training so far (step {step}) is lost unless saved (File &gt; Save checkpoint).</source>
            <translation>Заново инициализировать сеть из зерна {seed}? Её обучение до сих пор (шаг {step}) будет потеряно, если его не сохранить (Файл &gt; Сохранить контрольную точку).</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Quit cnnviz? The training since the last save (now at step {step}) is lost unless saved (File &gt; Save checkpoint).</source>
            <translation>Выйти из cnnviz? Обучение после последнего сохранения (сейчас шаг {step}) будет потеряно, если его не сохранить (Файл &gt; Сохранить контрольную точку).</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open the pretrained LeNet-5 in place of this network? Its training so far (step {step}) is lost unless saved (File &gt; Save checkpoint).</source>
            <translation>Открыть обученную LeNet-5 вместо этой сети? Её обучение до сих пор (шаг {step}) будет потеряно, если его не сохранить (Файл &gt; Сохранить контрольную точку).</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open {name} in place of this network? Its training so far (step {step}) is lost unless saved (File &gt; Save checkpoint).</source>
            <translation>Открыть {name} вместо этой сети? Её обучение до сих пор (шаг {step}) будет потеряно, если его не сохранить (Файл &gt; Сохранить контрольную точку).</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>next: {0}</source>
            <translation>далее: {0}</translation>
        </message>
    </context>
    <context>
        <name>MapGrid</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>input</source>
            <translation>вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>output</source>
            <translation>выход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>weights</source>
            <translation>веса</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>gradient</source>
            <translation>градиент</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>hover over a map to read its values</source>
            <translation>наведите на карту, чтобы прочитать значения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>{label} [{row}, {col}] = {value}</source>
            <translation>{label} [{row}, {col}] = {value}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>−max</source>
            <translation>−макс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>min</source>
            <translation>мин</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>{label} [{index}] = {value}</source>
            <translation>{label} [{index}] = {value}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>max</source>
            <translation>макс</translation>
        </message>
    </context>
    <context>
        <name>MatrixEditor</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/matrix_editor.py" />
            <source>{0}, row {1}, column {2}</source>
            <translation>{0}, строка {1}, столбец {2}</translation>
        </message>
    </context>
    <context>
        <name>MultiChannelView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>0 everywhere (white)</source>
            <translation>везде 0 (белый)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>B + Σ so far</source>
            <translation>B + Σ (накопленная)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>B + Σ X ⋆ K</source>
            <translation>B + Σ X ⋆ K</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>the network's Y (before the activation)</source>
            <translation>Y сети (до активации)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>one per position</source>
            <translation>своё для каждой позиции</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>from -{0} (blue) to {0} (red)</source>
            <translation>от -{0} (синий) до {0} (красный)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>B_{0} = {1}</source>
            <translation>B_{0} = {1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>largest difference: {0:.2g} (float32 rounding)</source>
            <translation>наибольшая разность: {0:.2g} (округление float32)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>Colours, the same on every card: X from {0} (black) to {1} (white); K {2}; X ⋆ K, B + Σ and Y {3}. The mouse over a cell reads its value.</source>
            <translation>Цвета одни на всех карточках: X от {0} (чёрный) до {1} (белый); K {2}; X ⋆ K, B + Σ и Y {3}. Значение клетки видно при наведении мыши.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>X_{0}: not connected to map {1} (connection table)</source>
            <translation>X_{0}: не связан с картой {1} (таблица связей)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>Multi-channel</source>
            <translation>Много каналов</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>Layer</source>
            <translation>Слой</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>Output map i</source>
            <translation>Выходная карта i</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>no probe has been traced yet</source>
            <translation>пробный образец ещё не прослежен</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>{0} has not run forward for this probe yet: press Forward step or Train batch</source>
            <translation>прямой проход {0} для этого образца ещё не выполнен: нажмите «Прямой шаг» или «Обучить пакет»</translation>
        </message>
    </context>
    <context>
        <name>NetworkStrip</name>
        <message>
            <location filename="../../cnnviz/gui/views/network_strip.py" />
            <source>input image</source>
            <translation>входное изображение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/network_strip.py" />
            <source>input</source>
            <translation>вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/network_strip.py" />
            <source>the input image, which {0} reads as X: select {0} to see it; its Backward tab shows dE/dX, the gradient at the image</source>
            <translation>входное изображение, которое {0} читает как X: выберите {0}, чтобы его увидеть; вкладка «Обратный проход» этого слоя показывает dE/dX, градиент на изображении</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>convolution</source>
            <translation>свёртка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>avg</source>
            <translation>сред.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>max</source>
            <translation>макс.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>subsampling</source>
            <translation>подвыборка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>full connection</source>
            <translation>полносвязный</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>stride</source>
            <translation>шаг</translation>
        </message>
    </context>
    <context>
        <name>PoolingPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Example 4×4</source>
            <translation>Пример 4×4</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Example 6×6</source>
            <translation>Пример 6×6</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Typed matrix</source>
            <translation>Введённая матрица</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Test digit (32×32)</source>
            <translation>Тестовая цифра (32×32)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>The probe (32×32)</source>
            <translation>Пробный образец (32×32)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>all ones</source>
            <translation>все единицы</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>1, 2, 3, …</source>
            <translation>1, 2, 3, …</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>typed</source>
            <translation>введённая</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Pooling</source>
            <translation>Подвыборка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>What is pooled</source>
            <translation>Что подвергается подвыборке</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Test image number</source>
            <translation>Номер тестового изображения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Max keeps the largest number of each window, average the mean</source>
            <translation>Максимум оставляет наибольшее число окна, усреднение — среднее</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>The window is k × k</source>
            <translation>Окно k × k</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Step of the window; below k the windows overlap</source>
            <translation>Шаг окна; при шаге меньше k окна перекрываются</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>dE/dY, the gradient that comes back from the next layer</source>
            <translation>dE/dY — градиент, приходящий от следующего слоя</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>X (input)</source>
            <translation>X (вход)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>(the size of Y)</source>
            <translation>(размера Y)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Input</source>
            <translation>Вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>test image</source>
            <translation>изображение №</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Window k</source>
            <translation>Окно k</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Stride s</source>
            <translation>Шаг s</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>dE/dY</source>
            <translation>dE/dY</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Output size (H − k) // s + 1:</source>
            <translation>Размер выхода (H − k) // s + 1:</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>the probe has not been traced yet</source>
            <translation>пробный образец ещё не прослежен</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Max</source>
            <translation>Максимум</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Average</source>
            <translation>Среднее</translation>
        </message>
    </context>
    <context>
        <name>PoolingView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>max</source>
            <translation>максимум</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>average</source>
            <translation>среднее</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>the winner (ringed) gets all of it</source>
            <translation>победитель (обведён) получает всё</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>X: input {0}</source>
            <translation>X: вход {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>Y: {0} of each {1}×{1} window, stride {2} {3}</source>
            <translation>Y: {0} каждого окна {1}×{1}, шаг {2} {3}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>dE/dY: given {0}</source>
            <translation>dE/dY: задан {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>each of the {0} cells gets an equal share</source>
            <translation>каждая из {0} клеток получает равную долю</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>dE/dX after window 1 of {0}</source>
            <translation>dE/dX после окна 1 из {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>dE/dX after windows 1 to {0} of {1}</source>
            <translation>dE/dX после окон 1–{0} из {1}</translation>
        </message>
    </context>
    <context>
        <name>ProbabilityBars</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/probability_bars.py" />
            <source>class</source>
            <translation>класс</translation>
        </message>
    </context>
    <context>
        <name>Scenario</name>
        <message>
            <location filename="../../cnnviz/gui/scenario_io.py" />
            <source>{0}: the lab's settings could not be restored: {1}</source>
            <translation>{0}: не удалось восстановить настройки лаборатории: {1}</translation>
        </message>
    </context>
    <context>
        <name>Scenes</name>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>drawn digit</source>
            <translation>нарисованная цифра</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>forward</source>
            <translation>прямой проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>backward</source>
            <translation>обратный проход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>Scenes</source>
            <translation>Сцены</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>Add current view</source>
            <translation>Добавить текущий вид</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>Remove scene</source>
            <translation>Удалить сцену</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>image {0}</source>
            <translation>изображение {0}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/scenes.py" />
            <source>Scene {0}/{1}</source>
            <translation>Сцена {0}/{1}</translation>
        </message>
    </context>
    <context>
        <name>SlidingWindowView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>A: input with border {shape}</source>
            <translation>A: вход с рамкой {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>A: input {shape}</source>
            <translation>A: вход {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>H: kernel {shape}</source>
            <translation>H: ядро {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>A ⊙ H: products</source>
            <translation>A ⊙ H: произведения</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>B: output {shape}</source>
            <translation>B: выход {shape}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>([u=k: s]: kernel row k's products, summed over v)</source>
            <translation>([u=k: s]: произведения строки k ядра, просуммированные по v)</translation>
        </message>
    </context>
    <context>
        <name>StageView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>1 canvas</source>
            <translation>1 холст</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>2 ink box</source>
            <translation>2 рамка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>3 scaled</source>
            <translation>3 сжатие</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>4 centred</source>
            <translation>4 центр</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>5 input</source>
            <translation>5 вход</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>ink</source>
            <translation>штрихи</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>28×28&lt;br&gt;at row&amp;nbsp;{0}, col&amp;nbsp;{1}</source>
            <translation>28×28&lt;br&gt;строка&amp;nbsp;{0}, столбец&amp;nbsp;{1}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>32×32&lt;br&gt;{0:g}·ink −&amp;nbsp;{1:g}</source>
            <translation>32×32&lt;br&gt;{0:g}&amp;nbsp;· штрихи −&amp;nbsp;{1:g}</translation>
        </message>
    </context>
    <context>
        <name>ThreeModesView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/three_modes_view.py" />
            <source>{0}: output {1}×{2}</source>
            <translation>{0}: выход {1}×{2}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/three_modes_view.py" />
            <source>{0}: no output</source>
            <translation>{0}: выхода нет</translation>
        </message>
    </context>
    <context>
        <name>ThumbList</name>
        <message>
            <location filename="../../cnnviz/gui/labs/thumb_list.py" />
            <source>Click: trace test image {0} in the network view</source>
            <translation>Щелчок: провести тестовое изображение {0} через сеть</translation>
        </message>
    </context>
    <context>
        <name>TimelineBar</name>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Drag back to see the network as it was at an earlier step; the right end follows training live</source>
            <translation>Перетащите назад, чтобы увидеть сеть на более раннем шаге; правый край следует за обучением</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Live</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Follow training again</source>
            <translation>Снова следовать за обучением</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>ΔK (the inspector's "Change ΔK" tab) compares the shown kernels with the nearest kept step</source>
            <translation>ΔK (вкладка инспектора «Изменение ΔK») сравнивает показанные ядра с ближайшим сохранённым шагом</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Timeline</source>
            <translation>Шкала времени</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>ΔK against step</source>
            <translation>ΔK относительно шага</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>step {0} · live</source>
            <translation>шаг {0} · сейчас</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>step {0} · rewound (live: {1})</source>
            <translation>шаг {0} · назад (сейчас: {1})</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>loss</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>accuracy</source>
            <translation>точность</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>per batch</source>
            <translation>по пакету</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>smoothed</source>
            <translation>сглаженная</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>train</source>
            <translation>обучение</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>test</source>
            <translation>тест</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>probability</source>
            <translation>вероятн.</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>class</source>
            <translation>класс</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>Blue: the true class. Red: the predicted class, when it is wrong or there is no true class (a drawing).</source>
            <translation>Синий: истинный класс. Красный: предсказанный класс, если он неверен или истинного класса нет (рисунок).</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>step</source>
            <translation>шаг</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>no prediction yet</source>
            <translation>предсказания ещё нет</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>step {step} · epoch {epoch}</source>
            <translation>шаг {step} · эпоха {epoch}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>predicted {name} ({p:.1f}%)</source>
            <translation>прогноз {name} ({p:.1f}%)</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>true {name}</source>
            <translation>истинный {name}</translation>
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>{rate} images/s</source>
            <translation>{rate} изобр./с</translation>
        </message>
    </context>
</TS>
