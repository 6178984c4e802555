#include "SandboxFaultPicker.h"

#include "sandbox/SandboxScenario.h"
#include "sandbox/SandboxServer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace postel {

SandboxFaultPicker::SandboxFaultPicker(SandboxServer *server, QWidget *parent)
    : QWidget(parent), m_server(server), m_normal(server ? server->behaviour() : SandboxBehaviour())
{
    setObjectName(QStringLiteral("sandboxFaultPicker"));
    auto *label = new QLabel(tr("Fa&ke a fault:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("sandboxFault"));
    m_combo->addItem(tr("None: the sandbox accepts mail"), QString());
    for (const SandboxScenario &s : SandboxScenario::all()) {
        m_combo->addItem(s.name(), s.id);
        m_combo->setItemData(m_combo->count() - 1, s.description(), Qt::ToolTipRole);
    }
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    label->setBuddy(m_combo);
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    m_about->setObjectName(QStringLiteral("sandboxFaultAbout"));
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_about->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_about);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &SandboxFaultPicker::apply);
    setEnabled(m_server != nullptr);
}

QString SandboxFaultPicker::scenario() const
{
    return m_combo->currentData().toString();
}

void SandboxFaultPicker::play(const QString &id)
{
    const int index = m_combo->findData(id);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void SandboxFaultPicker::apply()
{
    if (!m_server)
        return;
    SandboxBehaviour behaviour = m_normal;
    const std::optional<SandboxScenario> s = SandboxScenario::find(scenario());
    if (s) {
        s->apply(behaviour);
        m_about->setText(tr("%1 To meet it: %2.").arg(s->description(), s->clientHint()));
    }
    m_about->setVisible(s.has_value());
    m_server->setBehaviour(behaviour);
    Q_EMIT scenarioChanged(scenario());
}

} // namespace postel
