#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ucmc {

// Asks for a new media server the way the article describes it: its IPv4 address, and whether
// the connection is encrypted (ws://…:8888/kurento or wss://…:8433/kurento). A full URL may be
// typed instead, for a non-default port or path.
class AddServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddServerDialog(QWidget *parent = nullptr);

    QString url() const;     // empty while what is typed cannot be added
    QString message() const; // the URL to be added, or why it cannot be
    QLineEdit *addressEdit() const { return m_address; }
    QCheckBox *encryptedCheck() const { return m_encrypted; }

private:
    void update();

    QLineEdit *m_address;
    QCheckBox *m_encrypted;
    QLabel *m_preview;
    QPushButton *m_ok = nullptr;
};

} // namespace ucmc
