#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
class QTreeWidget;
class QPlainTextEdit;

namespace postel {

class SmtpSession;
struct TlsInfo;

// What the server said about itself: greeting, EHLO capabilities (each explained), the
// SIZE limit, the TLS protocol and cipher, and the certificate chain.
class ServerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPanel(QWidget *parent = nullptr);

    // Reads the session's greeting, last advertised capabilities and TLS state.
    void updateFrom(const SmtpSession *session);
    void clear();
    QTableWidget *capabilitiesTable() const { return m_caps; }

private:
    void showTls(const TlsInfo &info);

    QLabel *m_greeting;
    QLabel *m_size;
    QLabel *m_tls;
    QTableWidget *m_caps;
    QTreeWidget *m_chain;
    QPlainTextEdit *m_certDetails;
};

} // namespace postel
