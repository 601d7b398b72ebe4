#pragma once

#include "models/configwriter.h"

#include <QObject>

#include <functional>

class QWidget;

namespace ucmc {

class DocumentSession;

// Saving without losing anything: refuse while there are errors, show the diff of the file on
// disk against the new bytes, write (backup first, atomically) off the GUI thread, and handle a
// file that changed behind our back. Failures keep the edits and offer Save As.
class SaveFlow : public QObject
{
    Q_OBJECT
public:
    SaveFlow(DocumentSession *session, QWidget *dialogParent);

    bool save();
    bool saveAs();
    // Before the document is closed or replaced: asks about unsaved edits. True: go ahead.
    bool confirmDiscardOrSave();
    bool isSaving() const { return m_saving; }

    // Tests (and a future Windows native dialog) choose the Save As path here.
    void setSaveAsPathProvider(std::function<QString(const QString &suggestion)> provider)
    {
        m_pathProvider = std::move(provider);
    }

signals:
    void saved(const ucmc::SaveReport &report);
    void failed(const QString &message, bool offerSaveAs);
    void reloadRequested();
    void savingChanged(bool saving);

private:
    bool saveTo(const QString &path, bool newFile);
    Result<SaveReport, SaveProblem> runSave(const SaveRequest &request);

    DocumentSession *m_session;
    QWidget *m_dialogParent;
    std::function<QString(const QString &)> m_pathProvider;
    bool m_saving = false;
};

} // namespace ucmc
