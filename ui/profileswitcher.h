#pragma once

#include "session/integrationsession.h"

#include <QObject>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QWidget;

// Named profiles in the window: the switcher in the toolbar, the Profile menu (new, save, save
// as, duplicate, rename, delete, import, export, history), the last profile at start-up, and a
// banner when the keychain cannot be used. It asks the user and shows the outcome; the operations
// are the session's.
class ProfileSwitcher : public QObject
{
    Q_OBJECT

public:
    // Dialogs are parented to `window`.
    ProfileSwitcher(IntegrationSession *session, QWidget *window);

    QComboBox *combo() const { return m_combo; }
    QFrame *banner() const { return m_banner; }
    QMenu *menu() const { return m_menu; }
    ProfileLibrary *library() const { return m_session->library(); }
    QString currentId() const { return m_session->currentProfileId(); }
    QString currentName() const { return m_session->currentProfileName(); }

    // The form no longer belongs to a profile (New, Open).
    void detach() { m_session->detachProfile(); }
    // Opens the profile the app had open last time, unless the form was begun already (a file
    // named on the command line, say), which it would replace.
    void openLast();
    // Whether openLast() has a profile to open now; finished() follows the opening.
    bool hasLastToOpen() const;

    // Each reports through `finished` when done; the bool says whether it succeeded.
    void open(const QString &id) { m_session->openProfile(id); }
    void save();
    void saveAs(const QString &name) { m_session->saveProfileAs(name); }
    void duplicate(const QString &name);
    bool rename(const QString &name) { return m_session->renameProfile(name); }
    void remove() { m_session->removeProfile(); }
    bool importFile(const QString &path, const QString &name);
    bool exportTo(const QString &path) { return m_session->exportProfile(path); }
    // Asks before losing unsaved changes, naming them; true to go on.
    bool confirmDiscard(const QString &what);
    // The same before the window closes, with Save for a saved profile: its changes are saved
    // and the window closes once they are.
    enum class CloseAnswer { Close, Stay };
    CloseAnswer confirmClose();

signals:
    void finished(bool ok);
    // Something to say in the status bar.
    void message(const QString &text, int timeoutMs);
    // Profile > History...: the window shows the current profile's history.
    void historyRequested();

private:
    QString unsavedText() const;
    // Asks for a name; empty when cancelled or left empty.
    QString askName(const QString &title, const QString &label, const QString &suggestion);
    void refreshCombo();
    void showBanner(const QString &problem);
    void operationFinished(IntegrationSession::ProfileAction action, bool ok, const QString &text);
    bool trustImportedConnection(const ProfileExchange::Imported &imported);
    void askSaveAs();
    void askDuplicate();
    void askRename();
    void askRemove();
    void askImport();
    void askExport();

    IntegrationSession *m_session;
    QWidget *m_window;
    QComboBox *m_combo;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QMenu *m_menu;
    QList<QAction *> m_needsProfile;
};
