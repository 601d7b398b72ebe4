#include "ui/statussummary.h"

#include "models/fleetsummary.h"
#include "ui/palettefollower.h"
#include "ui/statuspalette.h"

#include <QLabel>
#include <QStatusBar>

namespace ucmc {

StatusSummary::StatusSummary(QStatusBar *bar, QWidget *restartStatus)
    : QObject(bar)
    , m_path(new QLabel(bar))
    , m_problems(new QLabel(bar))
    , m_up(new QLabel(bar))
    , m_version(new QLabel(bar))
{
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_up->setObjectName(QStringLiteral("upLabel"));
    m_version->setObjectName(QStringLiteral("versionLabel"));
    bar->addWidget(m_path, 1);
    bar->addPermanentWidget(m_problems);
    bar->addPermanentWidget(m_up);
    bar->addPermanentWidget(m_version);
    if (restartStatus)
        bar->addPermanentWidget(restartStatus);
    PaletteFollower::follow(m_version, [this] { applyVersionStyle(); });
    retranslate();
}

void StatusSummary::setPath(const QString &text)
{
    m_path->setText(text);
}

void StatusSummary::setProblems(const QString &text)
{
    m_problems->setText(text);
}

void StatusSummary::setFleet(const FleetSummary &summary, bool fileRead)
{
    m_up->setText(fileRead ? summary.upText() : QString());
    m_version->setText(summary.versionText());
    m_versionsAgree = summary.versionsAgree();
    applyVersionStyle();
}

void StatusSummary::applyVersionStyle()
{
    // Set only when it changes: a style sheet re-polishes the label, and the fleet changes often.
    // The colour goes with the bar's palette: the label's own is the style sheet's.
    const QPalette &around = m_version->parentWidget() ? m_version->parentWidget()->palette() : m_version->palette();
    const QString style = m_versionsAgree ? QString()
        : QStringLiteral("color:%1; font-weight:bold;").arg(StatusPalette::warningText(around).name());
    if (m_version->styleSheet() != style)
        m_version->setStyleSheet(style);
}

void StatusSummary::retranslate()
{
    m_path->setAccessibleDescription(tr("The open configuration file"));
    m_problems->setAccessibleDescription(tr("Problems in the file"));
    m_up->setAccessibleDescription(tr("Media servers up"));
    m_version->setAccessibleDescription(tr("Software versions of the media servers"));
}

QString StatusSummary::upText() const
{
    return m_up->text();
}

QString StatusSummary::versionText() const
{
    return m_version->text();
}

} // namespace ucmc
