#pragma once

#include "models/configdocument.h"
#include "models/configeditor.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ucmc {

// The form beside the server table: the selected entry's address, encryption and filter flags,
// with live validation while typing, and the buttons to add, remove and reorder entries.
// It only asks for edits (signals); the document changes through the session.
class ServerPropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPropertiesPanel(QWidget *parent = nullptr);

    // Shows entry `index` of `document` (-1: nothing selected).
    void showEntry(const ConfigDocument &document, int index, const QStringList &entryProblems);
    // After a refused edit: the encryption box and the flag choices show the document again
    // (a typed address stays, so that it can be corrected).
    void revertChoices(const ConfigDocument &document);
    // Locked while the JSON text is invalid.
    void setLocked(bool locked);
    void retranslate();
    int entryIndex() const { return m_index; }

    QLineEdit *urlEdit() const { return m_url; }

signals:
    void urlEdited(int index, const QString &url);
    void encryptionToggled(int index, bool encrypted);
    void flagEdited(int index, ucmc::ServerFlag flag, std::optional<bool> value); // nullopt: remove
    void addRequested();
    void removeRequested(int index);
    void moveRequested(int from, int to);

private:
    void showChoices(const MediaServerEntry &entry);
    void validateUrl(const QString &text);
    void commitUrl();
    void updateEnabled();

    int m_index = -1;
    int m_count = 0;
    bool m_locked = false;
    bool m_updating = false;
    QLabel *m_title;
    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_urlFeedback;
    QCheckBox *m_encrypted;
    QLabel *m_flagLabels[3];
    QComboBox *m_flags[3];
    QLabel *m_problems;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace ucmc
