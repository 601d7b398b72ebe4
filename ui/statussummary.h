#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class QWidget;

namespace ucmc {

struct FleetSummary;

// The status bar's summary: the file (or "Saving…"), the file's problems, how many media servers
// are up, and whether their versions agree (in the warning colour when not, light or dark).
class StatusSummary : public QObject
{
    Q_OBJECT
public:
    // Adds the labels to `bar`, then `restartStatus` (the pending-restart link) at the end.
    StatusSummary(QStatusBar *bar, QWidget *restartStatus);

    void setPath(const QString &text);
    void setProblems(const QString &text);
    // `fileRead`: without a file there is nothing to count up yet.
    void setFleet(const FleetSummary &summary, bool fileRead);
    // What each label is, for assistive technology (its text says the rest).
    void retranslate();

    QString upText() const;
    QString versionText() const;

private:
    void applyVersionStyle();

    QLabel *m_path;
    QLabel *m_problems;
    QLabel *m_up;
    QLabel *m_version;
    bool m_versionsAgree = true;
};

} // namespace ucmc
