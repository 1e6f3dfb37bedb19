"""Sound devices: what exists, and the one error raised when a device cannot be used.

sounddevice (PortAudio) is imported inside functions so that file-only runs, tests and
machines without PortAudio never load it.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

NO_DEVICE_HINT = "run with --text to type instead of speaking, or connect a microphone"


class AudioDeviceError(Exception):
    """A microphone or speaker cannot be opened or stopped delivering audio.

    `str()` is one line for the user, with what to do about it.
    """


@dataclass(frozen=True)
class DeviceInfo:
    index: int
    name: str
    inputs: int
    """Input channels; 0 for an output-only device."""
    outputs: int
    default_rate: float
    """Hertz."""
    is_default_input: bool
    is_default_output: bool


def import_sounddevice() -> ModuleType:
    """sounddevice, or AudioDeviceError saying what to install."""
    try:
        import sounddevice
    except ImportError:
        raise AudioDeviceError(
            "the sounddevice package is missing: pip install sounddevice; " + NO_DEVICE_HINT
        ) from None
    except OSError:  # sounddevice raises OSError when the PortAudio library is absent
        raise AudioDeviceError(
            "the PortAudio library is missing: apt-get install libportaudio2; " + NO_DEVICE_HINT
        ) from None
    return sounddevice


def list_devices() -> list[DeviceInfo]:
    sd = import_sounddevice()
    try:
        devices = sd.query_devices()
        default_in, default_out = _default_indices(sd)
    except sd.PortAudioError as error:
        raise AudioDeviceError(f"cannot list sound devices: {error}") from None
    return [
        DeviceInfo(
            index=index,
            name=str(info["name"]),
            inputs=int(info["max_input_channels"]),
            outputs=int(info["max_output_channels"]),
            default_rate=float(info["default_samplerate"]),
            is_default_input=index == default_in,
            is_default_output=index == default_out,
        )
        for index, info in enumerate(devices)
    ]


def _default_indices(sd: ModuleType) -> tuple[int, int]:
    """The default input and output indices; -1 where there is none."""
    indices = []
    for kind in ("input", "output"):
        try:
            indices.append(int(sd.query_devices(kind=kind)["index"]))
        except (sd.PortAudioError, ValueError, KeyError):
            indices.append(-1)
    return indices[0], indices[1]


def describe_open_failure(kind: str, device: int | str | None, error: Exception) -> str:
    """The one line shown when a stream will not open."""
    hint = NO_DEVICE_HINT if kind == "microphone" else "check that a speaker or sound server exists"
    if device is None and "device -1" in str(error):  # PortAudio's way of saying "no default"
        return f"no {kind} found (no sound device or sound server is available); {hint}"
    which = "the default " + kind if device is None else f"{kind} {device!r}"
    return f"cannot open {which}: {error}; {hint}"
