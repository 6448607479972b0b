"""hipdesk: a desktop companion for stiff hips and long sitting."""

__version__ = "0.1.0"
APP_NAME = "hipdesk"
APP_ID = "io.github.hipdesk.HipDesk"
