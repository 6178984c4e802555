#pragma once

#include <QMetaType>
#include <QString>

namespace postel {

// What went wrong while the built-in sandbox started, in the shape of SmtpError: a kind to
// decide on and a sentence for people. PortTaken is a warning: the sandbox listens on
// another port for this run; Certificate leaves it running without STARTTLS.
struct SandboxError
{
    enum class Kind
    {
        None,
        PortTaken,   // the usual port is taken: listening on a free one for now
        Listen,      // not listening at all
        Certificate, // no TLS certificate: no STARTTLS
    };

    Kind kind = Kind::None;
    QString message; // a sentence for people (translated)

    bool isError() const { return kind != Kind::None; }
};

} // namespace postel

Q_DECLARE_METATYPE(postel::SandboxError)
