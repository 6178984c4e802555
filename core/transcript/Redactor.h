#pragma once

#include <QByteArray>

namespace postel {

// Finds the secret part of each line a client sends, at the byte level, so that even an
// AUTH typed by hand through docmd() is masked. Feed it every line sent and every reply
// code received, in order.
class Redactor
{
public:
    // Returns the offset from which `line` is secret, or -1 when nothing in it is.
    qsizetype secretFrom(const QByteArray &line);
    void replyReceived(int code);
    void reset() { m_inExchange = false; }

private:
    bool m_inExchange = false; // an AUTH was sent and no final reply has come yet
    bool m_lastWasChallenge = false;
};

} // namespace postel
