#include "GMimeDeviceStream.h"
#include "GMimeSupport.h"

#include <QIODevice>

#include <mutex>

namespace postel {

namespace {

struct DeviceStream
{
    GMimeStream parent;
    QIODevice *device;
    bool failed;
};
struct DeviceStreamClass
{
    GMimeStreamClass parent;
};

DeviceStream *self(GMimeStream *stream)
{
    return reinterpret_cast<DeviceStream *>(stream);
}

ssize_t deviceStreamRead(GMimeStream *stream, char *buf, size_t len)
{
    const qint64 n = self(stream)->device->read(buf, qint64(len));
    if (n > 0)
        stream->position += n;
    return ssize_t(n);
}

ssize_t deviceStreamWrite(GMimeStream *stream, const char *buf, size_t len)
{
    const qint64 n = self(stream)->device->write(buf, qint64(len));
    if (n != qint64(len)) {
        self(stream)->failed = true;
        return -1;
    }
    stream->position += n;
    return ssize_t(n);
}

int deviceStreamFlush(GMimeStream *)
{
    return 0;
}
int deviceStreamClose(GMimeStream *)
{
    return 0;
}
gboolean deviceStreamEos(GMimeStream *stream)
{
    return self(stream)->device->atEnd();
}
int deviceStreamReset(GMimeStream *)
{
    return -1;
}
gint64 deviceStreamSeek(GMimeStream *, gint64, GMimeSeekWhence)
{
    return -1;
}
gint64 deviceStreamTell(GMimeStream *stream)
{
    return stream->position;
}
gint64 deviceStreamLength(GMimeStream *)
{
    return -1;
}
GMimeStream *deviceStreamSubstream(GMimeStream *, gint64, gint64)
{
    return nullptr;
}

void deviceStreamClassInit(gpointer klass, gpointer)
{
    auto *sc = reinterpret_cast<GMimeStreamClass *>(klass);
    sc->read = deviceStreamRead;
    sc->write = deviceStreamWrite;
    sc->flush = deviceStreamFlush;
    sc->close = deviceStreamClose;
    sc->eos = deviceStreamEos;
    sc->reset = deviceStreamReset;
    sc->seek = deviceStreamSeek;
    sc->tell = deviceStreamTell;
    sc->length = deviceStreamLength;
    sc->substream = deviceStreamSubstream;
}

GType deviceStreamType()
{
    static GType type = 0;
    static std::once_flag once;
    std::call_once(once, [] {
        ensureGMimeInitialised();
        type = g_type_register_static_simple(GMIME_TYPE_STREAM, "PostelDeviceStream",
                                             sizeof(DeviceStreamClass), deviceStreamClassInit,
                                             sizeof(DeviceStream), nullptr, GTypeFlags(0));
    });
    return type;
}

} // namespace

GMimeStream *GMimeDeviceStream::create(QIODevice *device)
{
    auto *stream = static_cast<DeviceStream *>(g_object_new(deviceStreamType(), nullptr));
    g_mime_stream_construct(&stream->parent, 0, -1);
    stream->device = device;
    stream->failed = false;
    return &stream->parent;
}

bool GMimeDeviceStream::failed(GMimeStream *stream)
{
    return self(stream)->failed;
}

} // namespace postel
