"""What the lab pages show, computed without Qt: each module asks the core and returns
plain arrays and frozen dataclasses that a page only has to draw."""
