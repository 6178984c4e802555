#include "SerialiseOptions.h"
#include "smtp/Capabilities.h"

namespace postel {

SerialiseOptions SerialiseOptions::forServer(const Capabilities &caps)
{
    SerialiseOptions o;
    o.eightBitMime = caps.eightBitMime();
    // UTF-8 addresses only go with SMTPUTF8 on MAIL, which sendMessage() decides.
    o.smtpUtf8 = false;
    o.includeBcc = false;
    return o;
}

SerialiseOptions SerialiseOptions::sevenBit()
{
    SerialiseOptions o;
    o.eightBitMime = false;
    o.smtpUtf8 = false;
    o.includeBcc = false;
    return o;
}

} // namespace postel
