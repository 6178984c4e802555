#pragma once

// Private to core/message (included by MessageWriter.cpp only; see GMimeSupport.h).

#include <gmime/gmime.h>

class QIODevice;

namespace postel {

// A GMimeStream that reads from or writes to a QIODevice, so that GMime's output goes
// straight to a file or socket buffer without an in-memory copy of the whole message.
// It cannot seek: GMime only writes it front to back.
class GMimeDeviceStream
{
public:
    // A new stream (one reference, for GPtr) over an open device it does not own.
    static GMimeStream *create(QIODevice *device);
    // True once a write fell short (disk full, device closed): GMime does not always say.
    static bool failed(GMimeStream *stream);
};

} // namespace postel
