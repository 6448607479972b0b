"""macOS: the IOHIDSystem ``HIDIdleTime`` property (nanoseconds) through ctypes and IOKit.

Importable anywhere; the frameworks are loaded only when the source is built on macOS.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from hipdesk.services.idle.base import IdleUnavailableError

_K_CF_STRING_ENCODING_UTF8 = 0x08000100
_K_CF_NUMBER_SINT64 = 4


class MacIdleSource:
    name = "macos"
    estimated = False

    def __init__(self, platform: str | None = None) -> None:
        if (platform or sys.platform) != "darwin":
            raise IdleUnavailableError("not macOS")
        iokit_path = ctypes.util.find_library("IOKit")
        cf_path = ctypes.util.find_library("CoreFoundation")
        if not iokit_path or not cf_path:
            raise IdleUnavailableError("IOKit or CoreFoundation not found")
        iokit, cf = ctypes.CDLL(iokit_path), ctypes.CDLL(cf_path)
        self._iokit, self._cf = iokit, cf
        iokit.IOServiceMatching.restype = ctypes.c_void_p
        iokit.IOServiceMatching.argtypes = [ctypes.c_char_p]
        iokit.IOServiceGetMatchingService.restype = ctypes.c_uint32
        iokit.IOServiceGetMatchingService.argtypes = [ctypes.c_uint32, ctypes.c_void_p]
        iokit.IORegistryEntryCreateCFProperty.restype = ctypes.c_void_p
        iokit.IORegistryEntryCreateCFProperty.argtypes = [
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_uint32,
        ]
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFNumberGetValue.restype = ctypes.c_bool
        cf.CFNumberGetValue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        # kIOMasterPortDefault is 0; IOServiceGetMatchingService consumes the matching dict.
        matching = iokit.IOServiceMatching(b"IOHIDSystem")
        self._service = iokit.IOServiceGetMatchingService(0, matching)
        if not self._service:
            raise IdleUnavailableError("IOHIDSystem service not found")
        self._key = cf.CFStringCreateWithCString(None, b"HIDIdleTime", _K_CF_STRING_ENCODING_UTF8)
        self.idle_seconds()

    def idle_seconds(self) -> float:
        prop = self._iokit.IORegistryEntryCreateCFProperty(self._service, self._key, None, 0)
        if not prop:
            raise IdleUnavailableError("HIDIdleTime property missing")
        try:
            value = ctypes.c_int64()
            if not self._cf.CFNumberGetValue(prop, _K_CF_NUMBER_SINT64, ctypes.byref(value)):
                raise IdleUnavailableError("HIDIdleTime is not a number")
        finally:
            self._cf.CFRelease(prop)
        return value.value / 1e9

    def close(self) -> None:
        if getattr(self, "_key", None):
            self._cf.CFRelease(self._key)
            self._key = None
