#pragma once

#include "core/applytransaction.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ucmc {

// Runs one ApplyTransaction in front of the user: what will change (summary, diff, commands),
// a confirmation, then each step as a checklist with its progress, Cancel at any step, and the
// choice to roll back when the UC WebServer does not come back.
class ApplyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApplyDialog(ApplyTransaction *transaction, QWidget *parent = nullptr);

    ApplyTransaction::Report report() const { return m_report; }
    bool isFinished() const { return m_finished; }
    QString summaryText() const;
    QString statusText() const;
    // The buttons, for tests that drive the dialog like a user.
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *closeButton() const { return m_close; }

public slots:
    // Escape or the window's close button: cancels a running transaction instead of leaving it
    // behind; while the rollback question is open, only its two buttons answer it.
    void reject() override;

private:
    void onStep(ApplyTransaction::Step step, ApplyTransaction::StepStatus status, const QString &message);

    ApplyTransaction *m_transaction;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QListWidget *m_steps;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_rollback;
    QPushButton *m_keep;
    QPushButton *m_close;
    ApplyTransaction::Report m_report;
    bool m_finished = false;
};

} // namespace ucmc
