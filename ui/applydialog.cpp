#include "ui/applydialog.h"

#include "ui/palettefollower.h"
#include "ui/statuspalette.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ucmc {

ApplyDialog::ApplyDialog(ApplyTransaction *transaction, QWidget *parent)
    : QDialog(parent)
    , m_transaction(transaction)
    , m_summary(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_steps(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply and Restart"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_rollback(new QPushButton(tr("Roll Back"), this))
    , m_keep(new QPushButton(tr("Keep New File"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("applyDialog"));
    const bool restartOnly = transaction->request().restartOnly;
    setWindowTitle(restartOnly ? tr("Restart the UC WebServer") : tr("Apply the Change: Restart the UC WebServer"));
    if (restartOnly) {
        m_apply->setText(tr("Restart"));
        m_keep->setText(tr("Keep the File"));
    }
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(restartOnly ? tr("Checking the file…") : tr("Checking the change…"));
    layout->addWidget(m_summary);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_details, 2);
    m_steps->setObjectName(QStringLiteral("applySteps"));
    layout->addWidget(m_steps, 1);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton *b : {m_rollback, m_keep, m_apply, m_cancel, m_close})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    m_apply->setEnabled(false);
    m_apply->setDefault(true);
    m_rollback->hide();
    m_keep->hide();
    m_close->hide();

    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_apply->setEnabled(false);
        m_transaction->confirm();
    });
    connect(m_cancel, &QPushButton::clicked, m_transaction, &ApplyTransaction::cancel);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        m_rollback->hide();
        m_keep->hide();
        m_transaction->rollback();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_rollback->hide();
        m_keep->hide();
        m_transaction->keepNewFile();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    connect(transaction, &ApplyTransaction::summaryReady, this, [this](const ApplySummary &summary) {
        m_summary->setText(summary.text());
        QString details = QString::fromUtf8(summary.diff);
        if (!summary.commands.isEmpty()) {
            details += QStringLiteral("\n") + tr("Commands:") + QLatin1Char('\n');
            for (const PlannedCommand &c : summary.commands)
                details += QStringLiteral("# %1\n%2\n").arg(c.purpose, c.command);
        }
        m_details->setPlainText(details);
    });
    connect(transaction, &ApplyTransaction::confirmationNeeded, this, [this, restartOnly] {
        m_apply->setEnabled(true);
        m_status->setText(restartOnly ? tr("The UC WebServer is restarted with the file as it is; softphone calls "
                                           "being set up at that moment may fail.")
                                      : tr("Review the change, then apply it. The UC WebServer is restarted; "
                                           "softphone calls being set up at that moment may fail."));
    });
    connect(transaction, &ApplyTransaction::stepStarted, this,
            [this](ApplyTransaction::Step step, const QString &text) {
                auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload),
                                                 ApplyTransaction::stepText(step) + QStringLiteral(" – ") + text);
                item->setData(Qt::UserRole, int(step));
                m_steps->addItem(item);
                m_steps->scrollToItem(item);
            });
    connect(transaction, &ApplyTransaction::progress, this,
            [this](ApplyTransaction::Step, const QString &text) { m_status->setText(text); });
    connect(transaction, &ApplyTransaction::stepFinished, this, &ApplyDialog::onStep);
    connect(transaction, &ApplyTransaction::rollbackOffered, this, [this](const QString &reason) {
        m_status->setText(reason + QLatin1Char('\n') + tr("Roll back to the previous file and restart again?"));
        m_rollback->show();
        m_keep->show();
        m_rollback->setDefault(true);
    });
    connect(transaction, &ApplyTransaction::finished, this, [this](const ApplyTransaction::Report &report) {
        m_report = report;
        m_finished = true;
        const bool good = report.outcome == ApplyTransaction::Outcome::Applied
                          || report.outcome == ApplyTransaction::Outcome::DryRun;
        m_status->setText(report.message);
        if (!good) {
            const auto markFailed = [this] {
                const QString error = StatusPalette::errorText(palette()).name();
                m_status->setStyleSheet(QStringLiteral("color:%1; font-weight:bold;").arg(error));
            };
            markFailed();
            PaletteFollower::follow(m_status, markFailed);
        }
        m_apply->hide();
        m_cancel->hide();
        m_rollback->hide();
        m_keep->hide();
        m_close->show();
        m_close->setDefault(true);
    });
    resize(760, 620);
}

void ApplyDialog::onStep(ApplyTransaction::Step step, ApplyTransaction::StepStatus status, const QString &message)
{
    for (int i = m_steps->count() - 1; i >= 0; --i) {
        QListWidgetItem *item = m_steps->item(i);
        if (item->data(Qt::UserRole).toInt() != int(step))
            continue;
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (status == ApplyTransaction::StepStatus::Failed)
            icon = QStyle::SP_MessageBoxCritical;
        else if (status == ApplyTransaction::StepStatus::Skipped || status == ApplyTransaction::StepStatus::Cancelled)
            icon = QStyle::SP_DialogCancelButton;
        item->setIcon(style()->standardIcon(icon));
        if (!message.isEmpty())
            item->setText(ApplyTransaction::stepText(step) + QStringLiteral(" – ") + message);
        break;
    }
}

void ApplyDialog::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    if (!m_rollback->isHidden())
        return;
    m_transaction->cancel();
}

QString ApplyDialog::summaryText() const
{
    return m_summary->text();
}

QString ApplyDialog::statusText() const
{
    return m_status->text();
}

} // namespace ucmc
