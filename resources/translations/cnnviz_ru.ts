<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="63" />
            <source>Training settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="77" />
            <source>SGD + momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="84" />
            <source>Learning rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="85" />
            <source>Batch size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="86" />
            <source>Optimiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="87" />
            <source>Momentum (SGD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="110" />
            <source>Activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="113" />
            <source>Pooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="115" />
            <source>Border mode of C1, C3, C5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="118" />
            <source>C3 connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="124" />
            <source>Network architecture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="134" />
            <source>Applying rebuilds LeNet-5 from the seed: the trained weights are lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="141" />
            <source>Rebuild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="33" />
            <source>Index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="54" />
            <source>test image {0}, true class: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="111" />
            <source>tanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="111" />
            <source>ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="112" />
            <source>sigmoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="114" />
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="114" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="116" />
            <source>valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="116" />
            <source>same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="117" />
            <source>full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/views/controls_panel.py" line="119" />
            <source>LeCun 1998 table</source>
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
            <location filename="../../cnnviz/gui/controller.py" line="32" />
            <source>Y = K * X + B,   Y_i = B_i + Σ_j X_j ⋆ K_ij</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="34" />
            <source>Y = mean of each k×k window of X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="35" />
            <source>Y = max of each k×k window of X (the winner is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="37" />
            <source>y = W x + b</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="38" />
            <source>dE/dB = Σ dE/dY,  dE/dK = X ⋆ dE/dY,  dE/dX = dE/dY ⋆full K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="40" />
            <source>dE/dX = dE/dY / k² spread over each window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="42" />
            <source>dE/dX = dE/dY routed to each window's winner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="44" />
            <source>dE/dW = dE/dy xᵀ,  dE/db = dE/dy,  dE/dx = Wᵀ dE/dy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/controller.py" line="46" />
            <source>w ← w − lr · (optimiser step from dE/dw)</source>
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
            <location filename="../../cnnviz/gui/main_window.py" line="23" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="23" />
            <source>Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="23" />
            <source>Backward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="24" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="24" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="27" />
            <source>Forward step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="28" />
            <source>Run the next layer's forward pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="29" />
            <source>Backward step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="30" />
            <source>Run the next layer's backward pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="32" />
            <source>Apply the optimiser step to the weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="33" />
            <source>Train batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="34" />
            <source>Finish this batch: forward, backward, update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="35" />
            <source>Train epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="36" />
            <source>Train until the end of the epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="37" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="38" />
            <source>Train continuously</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="39" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="40" />
            <source>Stop continuous training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="41" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="42" />
            <source>Re-initialise the network from the seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="57" />
            <source>cnnviz — LeNet-5 explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="94" />
            <source>Inspector follows the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="97" />
            <source>Show the layer (and the forward or backward side) that the last step computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="111" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="136" />
            <source>Transport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="172" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="184" />
            <source>&amp;Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="187" />
            <source>&amp;Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="262" />
            <source>cnnviz</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="285" />
            <source>Open checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="285" />
            <source>cnnviz checkpoints (*.npz)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="291" />
            <source>Save checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="298" />
            <source>Export window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="299" />
            <source>Images (*.png *.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="173" />
            <source>Open checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="175" />
            <source>Open pretrained LeNet-5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="177" />
            <source>Save checkpoint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="180" />
            <source>Export window as PNG/SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="183" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="188" />
            <source>Architecture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../cnnviz/gui/main_window.py" line="237" />
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
