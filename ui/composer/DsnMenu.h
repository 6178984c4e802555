#pragma once

#include "smtp/DsnRequest.h"

#include <QMenu>

class QAction;

namespace postel {

// Message → Delivery reports: which delivery status notifications (RFC 3461) to ask for.
// Nothing ticked: no NOTIFY is sent and the server does what it always does (a report
// when delivery fails). The choice is kept from one start to the next.
class DsnMenu : public QMenu
{
    Q_OBJECT
public:
    explicit DsnMenu(QWidget *parent = nullptr);
    DsnRequest request() const;
    void setRequest(const DsnRequest &request);

private:
    void save() const;

    QAction *m_success, *m_failure, *m_delay, *m_headersOnly;
};

} // namespace postel
