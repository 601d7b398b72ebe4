#include "ui/helpwindow.h"

#include "models/configlint.h"
#include "models/serverhealth.h"
#include "ui/problemslist.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ucmc {

namespace {

QString guideFile()
{
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QString localized = QStringLiteral(":/help/guide_%1.html").arg(language);
    return QFile::exists(localized) ? localized : QStringLiteral(":/help/guide_en.html");
}

QString failureCodesSection()
{
    QString rows;
    for (int c = int(FailureCode::Dns); c <= int(FailureCode::Flood); ++c) {
        ServerHealth health;
        health.state = HealthState::Down;
        health.failure = FailureCode(c);
        const QString id = failureCodeId(health.failure);
        rows += QStringLiteral("<tr><td><a name=\"code-%1\"></a><code>%1</code></td><td>%2</td><td>%3</td></tr>")
                    .arg(id, healthReasonText(health).toHtmlEscaped(), healthReasonHint(health).toHtmlEscaped());
    }
    return QStringLiteral("<h2><a name=\"codes\"></a>%1</h2><p>%2</p>"
                          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr>%6</table>")
        .arg(HelpWindow::tr("Why a media server is down: the failure codes"),
             HelpWindow::tr("The table's reason, the event log, <code>probe --json</code> and the Prometheus "
                            "labels use these codes."),
             HelpWindow::tr("Code"), HelpWindow::tr("Reason"), HelpWindow::tr("What it usually means"), rows);
}

QString lintRulesSection()
{
    QString rows;
    for (const LintRule &rule : ConfigLint::rules())
        rows += QStringLiteral("<tr><td><a name=\"rule-%1\"></a><code>%1</code></td><td>%2</td><td>%3</td></tr>")
                    .arg(rule.id, severityText(rule.severity).toHtmlEscaped(), rule.summary.toHtmlEscaped());
    return QStringLiteral("<h2><a name=\"rules\"></a>%1</h2><p>%2</p>"
                          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%3</th><th>%4</th>"
                          "<th>%5</th></tr>%6</table>")
        .arg(HelpWindow::tr("The checks of the file: lint rules"),
             HelpWindow::tr("The Problems list and <code>uc-media-console check</code> name these rules; an "
                            "error stops saving, a warning does not."),
             HelpWindow::tr("Rule"), HelpWindow::tr("Severity"), HelpWindow::tr("What it looks for"), rows);
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("UC Media Console Help"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html());
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(900, 700);
}

QString HelpWindow::html()
{
    QFile guide(guideFile());
    const QString text = guide.open(QIODevice::ReadOnly) ? QString::fromUtf8(guide.readAll()) : QString();
    return text + failureCodesSection() + lintRulesSection();
}

HelpWindow *HelpWindow::open(QWidget *parent, const QString &anchor)
{
    auto *window = parent ? parent->findChild<HelpWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window)
        window = new HelpWindow(parent);
    window->show();
    window->raise();
    window->activateWindow();
    if (!anchor.isEmpty())
        window->showAnchor(anchor);
    return window;
}

HelpWindow *HelpWindow::openAtRule(QWidget *parent, const QString &ruleId)
{
    return open(parent, ruleId.isEmpty() ? QString() : QStringLiteral("rule-") + ruleId);
}

void HelpWindow::showAnchor(const QString &anchor)
{
    m_browser->scrollToAnchor(anchor);
}

} // namespace ucmc
