#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QToolButton;

namespace ucmc {

// An inline message above the content for problems the user can recover from (a file that does
// not parse, servers with different versions). Modal boxes are kept for destructive questions.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &title, const QString &text = {});
    QString title() const;
    QString text() const;
    Level level() const { return m_level; }
    // Adds a button that runs `action`; buttons are cleared by the next showMessage().
    QPushButton *addAction(const QString &label, std::function<void()> action);
    QToolButton *dismissButton() const { return m_dismiss; }

    // Shown by showMessage()/show(), taken down by hide() or the user (Dismiss). Whether it is on
    // screen is the notification area's choice too (it shows at most two at once).
    bool isWanted() const { return m_wanted; }
    void setVisible(bool visible) override;
    void setHeldBack(bool heldBack);
    void retranslate();

signals:
    void wantedChanged();
    void dismissed(); // by the user

private:
    // The banner's colours for its level, light or dark as the window around it is.
    void applyColors();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    QToolButton *m_dismiss;
    Level m_level = Level::Info;
    bool m_wanted = false;
    bool m_heldBack = false;
};

} // namespace ucmc
