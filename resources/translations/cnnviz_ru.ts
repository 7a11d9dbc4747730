<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>AnimationControls</name>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" line="65" />
            <source>Drag to any position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" line="74" />
            <source>Slower (-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" line="78" />
            <source>Faster (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" line="189" />
            <source>position {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" line="192" />
            <source>{0:g} / s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackpropLab</name>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="30" />
            <source>w = {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="31" />
            <source>E(w + ε)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="32" />
            <source>E(w − ε)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="33" />
            <source>(E(w + ε) − E(w − ε)) / 2ε</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="34" />
            <source>∂E/∂w by backpropagation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="35" />
            <source>difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="36" />
            <source>relative difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="62" />
            <source>Click a number of X, K or B to check its gradient.   ε =</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="84" />
            <source>X (click a number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="124" />
            <source>w = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="103" />
            <source>ε: {0!r} must be a positive number up to 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" line="101" />
            <source>ε: {0!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="28" />
            <source>Backprop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="30" />
            <source>Untied bias (one per output position)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="43" />
            <source>X: input (up to 8×8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="44" />
            <source>K: kernel (up to 5×5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="45" />
            <source>T: target (the size of Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="46" />
            <source>B: bias (one, or one per output when untied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="62" />
            <source>Matrices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="62" />
            <source>Forward and E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" line="65" />
            <source>Gradient check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="119" />
            <source>δ = dE/dY with its zero border {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="120" />
            <source>K turned 180° {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="120" />
            <source>δ ⊙ rot180(K): products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="121" />
            <source>dE/dX {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="122" />
            <source>dE/dX = dE/dY *full K   (full convolution: K turned 180°, dE/dY with a zero border)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="87" />
            <source>X: input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="88" />
            <source>B: bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="89" />
            <source>T: target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="115" />
            <source>X: input, no border {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="116" />
            <source>δ = dE/dY as the kernel {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="117" />
            <source>X ⊙ δ: products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="117" />
            <source>dE/dK {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="118" />
            <source>dE/dK = X * dE/dY   (valid correlation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="186" />
            <source>dE/dB: one bias, the sum of δ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" line="187" />
            <source>dE/dB: one bias per output, equal to δ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" line="35" />
            <source>Click a cell to list its test images. Accuracy per true class in red: below the median class.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" line="88" />
            <source>accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" line="45" />
            <source>true class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" line="45" />
            <source>predicted class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" line="55" />
            <source>images (log scale)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ControlsPanel</name>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="20" />
            <source>Probe sample (test set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="25" />
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="26" />
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="27" />
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="30" />
            <source>Random of class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="73" />
            <source>Training settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="87" />
            <source>SGD + momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="94" />
            <source>Learning rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="95" />
            <source>Batch size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="96" />
            <source>Optimiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="97" />
            <source>Momentum (SGD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="120" />
            <source>Activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="123" />
            <source>Pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="125" />
            <source>Border mode of C1, C3, C5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="128" />
            <source>C3 connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="134" />
            <source>Network architecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="144" />
            <source>Applying rebuilds LeNet-5 from the seed: the trained weights are lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="151" />
            <source>Rebuild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="33" />
            <source>Index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="64" />
            <source>test image {0}, true class: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="121" />
            <source>tanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="121" />
            <source>ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="122" />
            <source>sigmoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="124" />
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="124" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="126" />
            <source>valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="126" />
            <source>same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="127" />
            <source>full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="129" />
            <source>LeCun 1998 table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="58" />
            <source>drawn digit, backward from class {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConvolutionLab</name>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="64" />
            <source>Input A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="68" />
            <source>Where the input comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="69" />
            <source>Rows of the typed matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="70" />
            <source>Columns of the typed matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="71" />
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="73" />
            <source>New whole numbers from -3 to 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="74" />
            <source>Test image number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="75" />
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="78" />
            <source>size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="83" />
            <source>digit no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="98" />
            <source>Kernel K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="102" />
            <source>A textbook kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="103" />
            <source>Kernel rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="104" />
            <source>Kernel columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="105" />
            <source>kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="120" />
            <source>Operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="123" />
            <source>A convolution applies the kernel turned 180 degrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="125" />
            <source>full: every overlap; same: output as large as the input; valid: the kernel stays inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="129" />
            <source>What lies beyond the border of the input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="130" />
            <source>Step of the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="131" />
            <source>Spacing of the kernel's samples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="132" />
            <source>operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="133" />
            <source>border mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="134" />
            <source>border fill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="135" />
            <source>stride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="136" />
            <source>dilation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="67" />
            <source>Typed matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="67" />
            <source>Test digit (32×32, as LeNet-5 sees it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="68" />
            <source>Current probe (network input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="122" />
            <source>correlation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="122" />
            <source>convolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" line="100" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="33" />
            <source>cnnviz — convolution lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="83" />
            <source>Sliding window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="84" />
            <source>Three modes side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="132" />
            <source>K as given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="134" />
            <source>H = rot180(K), as applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="135" />
            <source>H = K, as applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="136" />
            <source>turned
180° →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="139" />
            <source>correlation:
the kernel is applied as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="105" />
            <source>there is no probe image yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="140" />
            <source>{0} mode, output {1}×{2}:
{3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" line="138" />
            <source>convolution:
{0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrawCanvas</name>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_canvas.py" line="36" />
            <source>Draw a digit with the left mouse button</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_canvas.py" line="118" />
            <source>draw a digit here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrawPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="58" />
            <source>Undo stroke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="60" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="64" />
            <source>the predicted class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="66" />
            <source>A drawing has no true class: the backward pass of the probe starts from this class's loss −log p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="68" />
            <source>Use as probe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="70" />
            <source>Trace the drawing forward and backward in the network view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="78" />
            <source>Backward from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="147" />
            <source>Draw a digit on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="153" />
            <source>Prediction: {0}  ({1:.1f}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" line="155" />
            <source>weights of step {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvalPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="50" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="53" />
            <source>Evaluate the test set with the current weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="61" />
            <source>Click a cell of the matrix to see its images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="85" />
            <source>Not evaluated yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="100" />
            <source>Evaluating {0:,} test images with the weights of step {1}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="131" />
            <source>Test set, {0:,} images, weights of step {1}: accuracy {2:.2f}%, {3} mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="137" />
            <source>All {0} misclassified test images, most confident mistake first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="156" />
            <source>True {0}, predicted {1}: {2} images, most confident first (index, true → predicted, confidence)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="172" />
            <source>The network was replaced: evaluating when shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" line="124" />
            <source>Evaluation failed: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" line="60" />
            <source>Export view as PNG/SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" line="72" />
            <source>Export view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" line="72" />
            <source>Images (*.png *.svg)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formulas</name>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="36" />
            <source>Y = K * X + B,   Y_i = B_i + Σ_j X_j ⋆ K_ij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="38" />
            <source>Y = mean of each k×k window of X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="39" />
            <source>Y = max of each k×k window of X (the winner is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="41" />
            <source>y = W x + b</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="42" />
            <source>dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY ⋆full K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="44" />
            <source>dE/dX = dE/dY / k² spread over each window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="46" />
            <source>dE/dX = dE/dY routed to each window's winner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="48" />
            <source>dE/dW = dE/dy xᵀ,  dE/db = dE/dy,  dE/dx = Wᵀ dE/dy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="50" />
            <source>w ← w − lr · (optimiser step from dE/dw)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GifExport</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" line="74" />
            <source>Export animation as GIF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" line="91" />
            <source>Export animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" line="91" />
            <source>GIF animations (*.gif)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" line="94" />
            <source>Writing the animation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" line="94" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="25" />
            <source>gradient RMS ‖dE/dK_i‖/√n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="27" />
            <source>update ratio ‖ΔK_i‖/‖K_i‖</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="28" />
            <source>saturated or dead share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="50" />
            <source>training step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="120" />
            <source>Gradient RMS per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="120" />
            <source>‖dE/dW‖ / √n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="121" />
            <source>Update-to-weight ratio per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="122" />
            <source>‖ΔW‖ / ‖W‖</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="123" />
            <source>Saturated or dead units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="124" />
            <source>share of units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="183" />
            <source>output Y (no activation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="189" />
            <source>|dE/dY|</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="194" />
            <source>output map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="115" />
            <source>Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="118" />
            <source>per map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="176" />
            <source>no records yet: train or step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="180" />
            <source>appears once {0} is measured: train (Play) or step an update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="84" />
            <source>Measured every 0.5 s of training (after every stepped update) on {0} fixed test images, forward and backward, without updating. Normalised per weight so that layers of different sizes compare fairly: RMS = ‖·‖/√(number of values), and shares of values or units, never raw sums. Saturated: tanh |y| &gt; 0.97, sigmoid y &lt; 0.03 or y &gt; 0.97; dead: ReLU units that are 0 for every one of the images. Histogram values beyond the range count in the end bins (|dE/dY| ≤ 1e-12 and 0 in the bottom one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="184" />
            <source>{0}: histogram of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="188" />
            <source>{0}: histogram of |dE/dY|, log bins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="192" />
            <source>{0}: {1}{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="193" />
            <source>, log10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="175" />
            <source>{0} records · steps {1}–{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" line="197" />
            <source>{0} has no activation: nothing saturates or dies</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeatOverSteps</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/heat_over_steps.py" line="149" />
            <source>step {0} · {1}: {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KernelChange</name>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="30" />
            <source>ΔK = K(shown step) − K(reference step): red grew, blue shrank, white did not change. Choose the reference step under the network strip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="37" />
            <source>ΔK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="61" />
            <source>nothing recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="76" />
            <source>{0} = {1}(step {2}) − {1}(step {3}) — change of the weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="71" />
            <source>{0} — {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="72" />
            <source>the shown step and the reference step are both {0}: choose another reference step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="66" />
            <source>ΔK — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" line="67" />
            <source>{0} has no weights</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LayerInspector</name>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="75" />
            <source>row i = output, column j = input · blank = not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="76" />
            <source>row i = output map, column j = input map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="104" />
            <source>no activation: output = Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="133" />
            <source>input vector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="133" />
            <source>input maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="148" />
            <source>Y = K ⋆ X + B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="148" />
            <source>Y = W X + B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="192" />
            <source>dE/dB — bias gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="196" />
            <source>{0} appears once the backward pass reaches {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="201" />
            <source>Y is the block's output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="70" />
            <source>row i = output unit, column j = input unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="108" />
            <source>dE/dK_ij = X_j ⋆ dE/dY_i (valid correlation)   ·   dE/dB_i = Σ dE/dY_i   ·   dE/dX_j = Σ_i dE/dY_i ⋆full K_ij (full convolution)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="112" />
            <source>dE/dW = dE/dY Xᵀ   ·   dE/dB = dE/dY   ·   dE/dX = Wᵀ dE/dY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="117" />
            <source>dE/dX = dE/dY routed to the winner of each window, 0 elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="158" />
            <source> · no activation: Y is the block's output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="78" />
            <source> · rows {0}–{1} of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="104" />
            <source>output = {0}(Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="118" />
            <source>Y_c = mean of each {0}x{0} window of X_c   ·   no weights, no activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="120" />
            <source>dE/dX = dE/dY / k² spread over each window (k = {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="134" />
            <source>X — {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="174" />
            <source>1 = this input is the maximum of its window and passes on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="190" />
            <source>dE/dY — gradient w.r.t. Y ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="191" />
            <source>{0} — weight gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="193" />
            <source>dE/dX — gradient w.r.t. the input ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="200" />
            <source>Y is the pre-activation: dE/dY = {0}'(Y) · dE/d(output)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="211" />
            <source>dE/dX is not needed for the input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="106" />
            <source>Y_i = B_i + Σ_j X_j ⋆ K_ij (⋆: cross-correlation, {0})   ·   {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="111" />
            <source>Y = W X + B   ·   {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="115" />
            <source>Y_c = max of each {0}x{0} window of X_c   ·   no weights, no activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="139" />
            <source>K_ij — kernel weights ({0}x{1} of {2}x{3})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="141" />
            <source>W — weight matrix ({0}x{1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="144" />
            <source>B — bias ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="151" />
            <source>Y — pre-activation output ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="155" />
            <source>{0}(Y) — activated output ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="162" />
            <source>pooling has no activation: pre-activation = output, so it is shown once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="172" />
            <source>winners — which input won ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="215" />
            <source>the gradient at the input image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="216" />
            <source>passed back as dE/d(output) of the block before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="160" />
            <source>Y — output ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" line="167" />
            <source> · output maps {0}–{1} of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="61" />
            <source>Colour scale: each map to its own range, one range per panel, or hold the current range so that change over training stays visible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="83" />
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="85" />
            <source>Backward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="188" />
            <source>nothing computed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="59" />
            <source>per map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="59" />
            <source>per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="59" />
            <source>fixed (hold)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="72" />
            <source>Output maps from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="79" />
            <source>Colour scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="191" />
            <source>{0} appears once the forward pass reaches it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="210" />
            <source>to {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="187" />
            <source>{0} · waiting for the first snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" line="190" />
            <source>{0} · not computed yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" line="58" />
            <source>Convolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" line="59" />
            <source>Pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" line="60" />
            <source>Backprop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" line="61" />
            <source>Multi-channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" line="62" />
            <source>Draw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" line="63" />
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" line="64" />
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="25" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="25" />
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="25" />
            <source>Backward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="26" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="26" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="29" />
            <source>Forward step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="30" />
            <source>Run the next layer's forward pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="31" />
            <source>Backward step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="32" />
            <source>Run the next layer's backward pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="34" />
            <source>Apply the optimiser step to the weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="35" />
            <source>Train batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="36" />
            <source>Finish this batch: forward, backward, update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="37" />
            <source>Train epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="38" />
            <source>Train until the end of the epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="39" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="40" />
            <source>Train continuously</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="41" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="42" />
            <source>Stop continuous training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="43" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="44" />
            <source>Re-initialise the network from the seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="59" />
            <source>cnnviz — LeNet-5 explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="96" />
            <source>Inspector follows the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="99" />
            <source>Show the layer (and the forward or backward side) that the last step computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="113" />
            <source>Change ΔK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="117" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="142" />
            <source>Transport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="178" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="190" />
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="193" />
            <source>&amp;Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="287" />
            <source>cnnviz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="310" />
            <source>Open checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="310" />
            <source>cnnviz checkpoints (*.npz)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="316" />
            <source>Save checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="323" />
            <source>Export window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="324" />
            <source>Images (*.png *.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="179" />
            <source>Open checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="181" />
            <source>Open pretrained LeNet-5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="183" />
            <source>Save checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="186" />
            <source>Export window as PNG/SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="189" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="194" />
            <source>Architecture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="262" />
            <source>next: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapGrid</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="38" />
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="38" />
            <source>output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="39" />
            <source>weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="39" />
            <source>gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="326" />
            <source>hover over a map to read its values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="304" />
            <source>{label} [{row}, {col}] = {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="292" />
            <source>−max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="292" />
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" line="295" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatrixEditor</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/matrix_editor.py" line="105" />
            <source>{0}, row {1}, column {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MultiChannelView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" line="38" />
            <source>B + Σ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" line="73" />
            <source>B + Σ X * K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" line="74" />
            <source>the network's Y (before the activation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" line="88" />
            <source>one per position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" line="89" />
            <source>B{0} = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" line="92" />
            <source>largest difference: {0:.2g} (float32 rounding)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" line="51" />
            <source>X{0}: not connected to map {1} (connection table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" line="35" />
            <source>Multi-channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" line="50" />
            <source>Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" line="50" />
            <source>Output map i</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" line="95" />
            <source>no probe has been traced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" line="99" />
            <source>{0} has not run forward for this probe yet: press Forward step or Train batch</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkStrip</name>
        <message>
            <location filename="../../cnnviz/gui/views/network_strip.py" line="92" />
            <source>input image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/network_strip.py" line="92" />
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" line="38" />
            <source>convolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" line="40" />
            <source>avg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" line="40" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" line="41" />
            <source>subsampling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" line="43" />
            <source>full connection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PoolingPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="46" />
            <source>Pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="51" />
            <source>What is pooled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="52" />
            <source>Test image number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="54" />
            <source>Max keeps the largest number of each window, average the mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="56" />
            <source>The window is k × k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="58" />
            <source>Step of the window; below k the windows overlap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="60" />
            <source>dE/dY, the gradient that comes back from the next layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="73" />
            <source>X (input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="74" />
            <source>(the size of Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="62" />
            <source>Input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="62" />
            <source>digit #</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="63" />
            <source>Window k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="64" />
            <source>Stride s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="82" />
            <source>dE/dY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="86" />
            <source>Output size (H − k) // s + 1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="140" />
            <source>the probe has not been traced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="53" />
            <source>Max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" line="53" />
            <source>Average</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PoolingView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="78" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="78" />
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="114" />
            <source>the winner (ringed) gets all of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="75" />
            <source>X: input {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="79" />
            <source>Y: {0} of each {1}×{1} window, stride {2} {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="82" />
            <source>dE/dY: given {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="110" />
            <source>dE/dX after windows 1 to {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" line="116" />
            <source>each of the {0} cells gets an equal share</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProbabilityBars</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/probability_bars.py" line="37" />
            <source>class</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlidingWindowView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" line="29" />
            <source>A: input with border {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" line="30" />
            <source>A: input {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" line="31" />
            <source>H: kernel {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" line="32" />
            <source>A ⊙ H: products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" line="33" />
            <source>B: output {shape}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="23" />
            <source>1 canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="23" />
            <source>2 ink box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="23" />
            <source>3 into 20×20</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="24" />
            <source>4 centred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="24" />
            <source>5 input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="58" />
            <source>ink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="82" />
            <source>28×28&lt;br&gt;at row {0}, col {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" line="85" />
            <source>32×32&lt;br&gt;{0:g}·ink − {1:g}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThreeModesView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/three_modes_view.py" line="62" />
            <source>{0}: output {1}×{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/three_modes_view.py" line="69" />
            <source>{0}: no output</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThumbList</name>
        <message>
            <location filename="../../cnnviz/gui/labs/thumb_list.py" line="55" />
            <source>Click: trace test image {0} in the network view</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineBar</name>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="41" />
            <source>Drag back to see the network as it was at an earlier step; the right end follows training live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="46" />
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="48" />
            <source>Follow training again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="52" />
            <source>ΔK (the inspector's "Change ΔK" tab) compares the shown kernels with the nearest kept step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="56" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="61" />
            <source>ΔK against step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="124" />
            <source>step {0} · live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" line="127" />
            <source>step {0} · rewound (live: {1})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="101" />
            <source>loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="102" />
            <source>accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="108" />
            <source>per batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="109" />
            <source>smoothed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="111" />
            <source>train</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="112" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="114" />
            <source>train (eval)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="177" />
            <source>probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="182" />
            <source>class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="187" />
            <source>Blue: the true class. Red: the predicted class, when it is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="146" />
            <source>step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="284" />
            <source>no prediction yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="297" />
            <source>predicted {name} ({p:.1f}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="259" />
            <source>step {step} · epoch {epoch}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="263" />
            <source>{rate} images/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" line="299" />
            <source>true {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
