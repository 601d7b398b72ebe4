#pragma once

#include "models/configwriter.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace ucmc {

class SiteSession;

// Saving without losing anything: refuse while there are errors, show the diff of the file on
// disk against the new bytes, write (backup first, atomically) off the GUI thread through the
// session, and handle a file that changed behind our back. Failures keep the edits and offer
// Save As. Nothing here waits: the result arrives as saved() or failed().
class SaveFlow : public QObject
{
    Q_OBJECT
public:
    explicit SaveFlow(QWidget *dialogParent);

    void setSession(SiteSession *session);
    // Start saving: the file on disk is read (off the GUI thread) for the review, then written;
    // false when nothing was started (errors, busy). The outcome comes as saved() or failed(),
    // or nothing when the review is cancelled.
    bool save();
    bool saveAs();
    // Before the document is closed or replaced: asks about unsaved edits, and calls `proceed`
    // once it is safe to go on (at once, or after the save it asked for has worked).
    void confirmDiscardOrSave(const std::function<void()> &proceed);
    // Asks whether the unsaved edits may go (File > Discard Changes); calls `proceed` if so.
    void confirmDiscard(const std::function<void()> &proceed);
    bool isSaving() const;

    // Tests (and a future Windows native dialog) choose the Save As path here.
    void setSaveAsPathProvider(std::function<QString(const QString &suggestion)> provider)
    {
        m_pathProvider = std::move(provider);
    }

signals:
    void saved(const ucmc::SaveReport &report);
    void failed(const QString &message, bool offerSaveAs);
    void reloadRequested();

private:
    bool saveTo(const QString &path, bool newFile);
    void review(const QString &path, bool newFile, const QByteArray &onDisk);
    void onFinished(const Result<SaveReport, SaveProblem> &result);

    QPointer<SiteSession> m_session;
    QWidget *m_dialogParent;
    std::function<QString(const QString &)> m_pathProvider;
    bool m_reading = false;            // the file on disk is read for the review
    SaveRequest m_request;             // the save under way
    std::function<void()> m_afterSave; // what confirmDiscardOrSave() asked to do after it
};

} // namespace ucmc
