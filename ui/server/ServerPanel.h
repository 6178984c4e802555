#pragma once

#include <QWidget>

class QLabel;
class QSslCertificate;
class QSslError;
class QTabWidget;
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
    // Empties every field: a new attempt starts from nothing.
    void clear();
    // The chain a server showed when its certificate was refused, and why.
    void showRejectedChain(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    QTableWidget *capabilitiesTable() const { return m_caps; }
    QTabWidget *tabs() const { return m_tabs; }
    QString tlsText() const;
    int chainLength() const;

private:
    void showTls(const TlsInfo &info);
    void showChain(const QList<QSslCertificate> &chain);
    void fillCapabilities(const SmtpSession *session);

    QLabel *m_greeting;
    QLabel *m_size;
    QLabel *m_tls;
    QTabWidget *m_tabs;
    QTableWidget *m_caps;
    QTreeWidget *m_chain;
    QPlainTextEdit *m_certDetails;
};

} // namespace postel
