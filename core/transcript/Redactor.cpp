#include "Redactor.h"

namespace postel {

qsizetype Redactor::secretFrom(const QByteArray &line)
{
    if (m_inExchange && m_lastWasChallenge) {
        m_lastWasChallenge = false;
        return 0; // an answer to a 334 challenge is all secret
    }
    const QByteArray upper = line.left(5).toUpper();
    if (upper == "AUTH " || upper == "AUTH\r" || line.toUpper() == "AUTH") {
        m_inExchange = true;
        m_lastWasChallenge = false;
        // "AUTH MECH secret": keep the mechanism visible, mask what follows it.
        const qsizetype mechStart = 5;
        const qsizetype space = line.indexOf(' ', mechStart);
        if (space < 0)
            return -1;
        return space + 1 < line.size() ? space + 1 : -1;
    }
    return -1;
}

void Redactor::replyReceived(int code)
{
    if (!m_inExchange)
        return;
    if (code == 334) {
        m_lastWasChallenge = true;
    } else {
        m_inExchange = false;
        m_lastWasChallenge = false;
    }
}

} // namespace postel
