<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>AnimationControls</name>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Drag to any position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Slower (-)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>Faster (+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>position {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/animation_controls.py" />
            <source>{0:g} / s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackpropLab</name>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>w = {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>E(w + ε)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>E(w − ε)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>(E(w + ε) − E(w − ε)) / 2ε</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>∂E/∂w by backpropagation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>relative difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>Click a number of X, K or B to check its gradient.   ε =</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>X (click a number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>w = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>ε: {0!r} must be a positive number up to 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_check.py" />
            <source>ε: {0!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Backprop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Untied bias (one per output position)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>X: input (up to 8×8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>K: kernel (up to 5×5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>T: target (the size of Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>B: bias (one, or one per output when untied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Matrices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Forward and E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_page.py" />
            <source>Gradient check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>δ = dE/dY with its zero border {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>K turned 180° {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>δ ⊙ rot180(K): products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dX {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dX = dE/dY *full K   (full convolution: K turned 180°, dE/dY with a zero border)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>X: input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>B: bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>T: target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>X: input, no border {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>δ = dE/dY as the kernel {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>X ⊙ δ: products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dK {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dK = X * dE/dY   (valid correlation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dB: one bias, the sum of δ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/backprop_tabs.py" />
            <source>dE/dB: one bias per output, equal to δ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfusionView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>Click a cell to list its test images. Accuracy per true class in red: below the median class.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>true class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>predicted class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/confusion_view.py" />
            <source>images (log scale)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ControlsPanel</name>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Probe sample (test set)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Random of class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Training settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>SGD + momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Learning rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Batch size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Optimiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Momentum (SGD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Border mode of C1, C3, C5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>C3 connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Network architecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Applying rebuilds LeNet-5 from the seed: the trained weights are lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Rebuild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>Index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>test image {0}, true class: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>tanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>sigmoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>LeCun 1998 table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" />
            <source>drawn digit, backward from class {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConvolutionLab</name>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Input A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Where the input comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Rows of the typed matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Columns of the typed matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>New whole numbers from -3 to 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Test image number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>digit no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Kernel K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>A textbook kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Kernel rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Kernel columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>A convolution applies the kernel turned 180 degrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>full: every overlap; same: output as large as the input; valid: the kernel stays inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>What lies beyond the border of the input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Step of the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Spacing of the kernel's samples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>operation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>border mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>border fill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>stride</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>dilation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Typed matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Test digit (32×32, as LeNet-5 sees it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Current probe (network input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>correlation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>convolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/conv_settings.py" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>cnnviz — convolution lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>Sliding window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>Three modes side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>K as given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>H = rot180(K), as applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>H = K, as applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>turned
180° →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>correlation:
the kernel is applied as it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>there is no probe image yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>{0} mode, output {1}×{2}:
{3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/convolution_lab.py" />
            <source>convolution:
{0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrawCanvas</name>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_canvas.py" />
            <source>Draw a digit with the left mouse button</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_canvas.py" />
            <source>draw a digit here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DrawPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Undo stroke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>the predicted class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>A drawing has no true class: the backward pass of the probe starts from this class's loss −log p</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Use as probe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Trace the drawing forward and backward in the network view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Backward from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Draw a digit on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>Prediction: {0}  ({1:.1f}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/draw_page.py" />
            <source>weights of step {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvalPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Evaluate the test set with the current weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Click a cell of the matrix to see its images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Not evaluated yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Evaluating {0:,} test images with the weights of step {1}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Test set, {0:,} images, weights of step {1}: accuracy {2:.2f}%, {3} mistakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>All {0} misclassified test images, most confident mistake first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>True {0}, predicted {1}: {2} images, most confident first (index, true → predicted, confidence)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>The network was replaced: evaluating when shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/eval_page.py" />
            <source>Evaluation failed: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>Export view as PNG/SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>Export view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/export_menu.py" />
            <source>Images (*.png *.svg)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formulas</name>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>Y = K * X + B,   Y_i = B_i + Σ_j X_j ⋆ K_ij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>Y = mean of each k×k window of X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>Y = max of each k×k window of X (the winner is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>y = W x + b</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY ⋆full K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dX = dE/dY / k² spread over each window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dX = dE/dY routed to each window's winner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>dE/dW = dE/dy xᵀ,  dE/db = dE/dy,  dE/dx = Wᵀ dE/dy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" />
            <source>w ← w − lr · (optimiser step from dE/dw)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GifExport</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Export animation as GIF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Export animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>GIF animations (*.gif)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Writing the animation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/gif_export.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HealthPage</name>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>gradient RMS ‖dE/dK_i‖/√n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>update ratio ‖ΔK_i‖/‖K_i‖</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>saturated or dead share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>training step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Gradient RMS per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>‖dE/dW‖ / √n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Update-to-weight ratio per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>‖ΔW‖ / ‖W‖</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Saturated or dead units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>share of units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>output Y (no activation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>|dE/dY|</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>output map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>per map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>no records yet: train or step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>appears once {0} is measured: train (Play) or step an update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>Measured every {1:g} s of training (after every stepped update) on {0} fixed test images, forward and backward, without updating. Normalised per weight so that layers of different sizes compare fairly: RMS = ‖·‖/√(number of values), and shares of values or units, never raw sums. Saturated: tanh |y| &gt; 0.97, sigmoid y &lt; 0.03 or y &gt; 0.97; dead: ReLU units that are 0 for every one of the images. Histogram values beyond the range count in the end bins (|dE/dY| ≤ 1e-12 and 0 in the bottom one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0}: histogram of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0}: histogram of |dE/dY|, log bins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0}: {1}{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>, log10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0} records · steps {1}–{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/health_page.py" />
            <source>{0} has no activation: nothing saturates or dies</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeatOverSteps</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/heat_over_steps.py" />
            <source>step {0} · {1}: {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KernelChange</name>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>ΔK = K(shown step) − K(reference step): red grew, blue shrank, white did not change. Choose the reference step under the network strip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>ΔK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>nothing recorded yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>{0} = {1}(step {2}) − {1}(step {3}) — change of the weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>{0} — {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>the shown step and the reference step are both {0}: choose another reference step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>ΔK — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/kernel_change.py" />
            <source>{0} has no weights</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LayerInspector</name>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>row i = output, column j = input · blank = not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>row i = output map, column j = input map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>no activation: output = Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>input vector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>input maps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y = K ⋆ X + B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y = W X + B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dB — bias gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>{0} appears once the backward pass reaches {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y is the block's output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>row i = output unit, column j = input unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dK_ij = X_j ⋆ dE/dY_i (valid correlation)   ·   dE/dB_i = Σ dE/dY_i   ·   dE/dX_j = Σ_i dE/dY_i ⋆full K_ij (full convolution)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dW = dE/dY Xᵀ   ·   dE/dB = dE/dY   ·   dE/dX = Wᵀ dE/dY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX = dE/dY routed to the winner of each window, 0 elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source> · no activation: Y is the block's output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source> · rows {0}–{1} of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>output = {0}(Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y_c = mean of each {0}x{0} window of X_c   ·   no weights, no activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX = dE/dY / k² spread over each window (k = {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>X — {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>1 = this input is the maximum of its window and passes on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dY — gradient w.r.t. Y ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>{0} — weight gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX — gradient w.r.t. the input ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y is the pre-activation: dE/dY = {0}'(Y) · dE/d(output)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>dE/dX is not needed for the input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y_i = B_i + Σ_j X_j ⋆ K_ij (⋆: cross-correlation, {0})   ·   {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y = W X + B   ·   {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y_c = max of each {0}x{0} window of X_c   ·   no weights, no activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>K_ij — kernel weights ({0}x{1} of {2}x{3})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>W — weight matrix ({0}x{1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>B — bias ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y — pre-activation output ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>{0}(Y) — activated output ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>pooling has no activation: pre-activation = output, so it is shown once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>winners — which input won ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>the gradient at the input image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>passed back as dE/d(output) of the block before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source>Y — output ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/inspector_panels.py" />
            <source> · output maps {0}–{1} of {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Colour scale: each map to its own range, one range per panel, or hold the current range so that change over training stays visible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Backward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>nothing computed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>per map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>fixed (hold)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Output maps from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>Colour scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>{0} appears once the forward pass reaches it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>to {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>{0} · waiting for the first snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/layer_inspector.py" />
            <source>{0} · not computed yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Convolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Backprop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Multi-channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Draw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/__init__.py" />
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Backward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Forward step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Run the next layer's forward pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Backward step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Run the next layer's backward pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Apply the optimiser step to the weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Finish this batch: forward, backward, update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train until the end of the epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Train continuously</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Stop continuous training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Re-initialise the network from the seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>cnnviz — LeNet-5 explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Inspector follows the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Show the layer (and the forward or backward side) that the last step computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Change ΔK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Transport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>&amp;Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>cnnviz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>cnnviz checkpoints (*.npz)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Save checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Export window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Images (*.png *.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Open pretrained LeNet-5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Save checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Export window as PNG/SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>Architecture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" />
            <source>next: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapGrid</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>hover over a map to read its values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>{label} [{row}, {col}] = {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>−max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/widgets/map_grid.py" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatrixEditor</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/matrix_editor.py" />
            <source>{0}, row {1}, column {2}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MultiChannelView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>B + Σ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>B + Σ X * K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>the network's Y (before the activation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>one per position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>B{0} = {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>largest difference: {0:.2g} (float32 rounding)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_cards.py" />
            <source>X{0}: not connected to map {1} (connection table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>Multi-channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>Output map i</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>no probe has been traced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/multichannel_page.py" />
            <source>{0} has not run forward for this probe yet: press Forward step or Train batch</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkStrip</name>
        <message>
            <location filename="../../cnnviz/gui/views/network_strip.py" />
            <source>input image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/network_strip.py" />
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>convolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>avg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>subsampling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/strip_parts.py" />
            <source>full connection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PoolingPage</name>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>What is pooled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Test image number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Max keeps the largest number of each window, average the mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>The window is k × k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Step of the window; below k the windows overlap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>dE/dY, the gradient that comes back from the next layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>X (input)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>(the size of Y)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>digit #</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Window k</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Stride s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>dE/dY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Output size (H − k) // s + 1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>the probe has not been traced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_page.py" />
            <source>Average</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PoolingView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>the winner (ringed) gets all of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>X: input {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>Y: {0} of each {1}×{1} window, stride {2} {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>dE/dY: given {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>dE/dX after windows 1 to {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/pooling_view.py" />
            <source>each of the {0} cells gets an equal share</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProbabilityBars</name>
        <message>
            <location filename="../../cnnviz/gui/widgets/probability_bars.py" />
            <source>class</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SlidingWindowView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>A: input with border {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>A: input {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>H: kernel {shape}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>A ⊙ H: products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/sliding_view.py" />
            <source>B: output {shape}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StageView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>1 canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>2 ink box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>3 into 20×20</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>4 centred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>5 input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>ink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>28×28&lt;br&gt;at row {0}, col {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/stage_view.py" />
            <source>32×32&lt;br&gt;{0:g}·ink − {1:g}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThreeModesView</name>
        <message>
            <location filename="../../cnnviz/gui/labs/three_modes_view.py" />
            <source>{0}: output {1}×{2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/labs/three_modes_view.py" />
            <source>{0}: no output</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThumbList</name>
        <message>
            <location filename="../../cnnviz/gui/labs/thumb_list.py" />
            <source>Click: trace test image {0} in the network view</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineBar</name>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Drag back to see the network as it was at an earlier step; the right end follows training live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Follow training again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>ΔK (the inspector's "Change ΔK" tab) compares the shown kernels with the nearest kept step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>ΔK against step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>step {0} · live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/timeline_bar.py" />
            <source>step {0} · rewound (live: {1})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>per batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>smoothed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>train</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>train (eval)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>Blue: the true class. Red: the predicted class, when it is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>no prediction yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>predicted {name} ({p:.1f}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>step {step} · epoch {epoch}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>{rate} images/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/training_panel.py" />
            <source>true {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
