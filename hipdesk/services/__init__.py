"""OS boundary: idle time, power, notifications, tray, autostart, single instance."""
