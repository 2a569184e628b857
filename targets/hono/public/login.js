/* global window, document, URL, URLSearchParams */
// Clerk in the browser for the Hono app: the page head loads clerk-js and @clerk/ui through the Frontend API
// proxy (/__clerk); this script loads Clerk, mounts <SignIn/> on /login, sends a visitor who is (or becomes)
// signed in there on to redirect_url or /app, mounts the user button and wires the sign-out button.
function sameOrigin(wanted) {
  try {
    const target = wanted ? new URL(wanted, window.location.origin) : null;
    return target && target.origin === window.location.origin ? target.href : null;
  } catch {
    return null;
  }
}

(async () => {
  const settings = document.body.dataset;
  const clerk = window.Clerk;
  // The sign-in page's outage notice (targets/shared/clerk-down-notice.ts): at once when Clerk failed, and
  // hidden again once Clerk has loaded (a slow load may have shown it).
  const notice = (show) => {
    for (const element of document.querySelectorAll('[data-clerk-down-notice]')) element.hidden = !show;
  };
  if (!clerk || !window.__internal_ClerkUICtor) {
    document.body.dataset.clerkError = 'clerk-js or @clerk/ui did not load';
    notice(true);
    return;
  }
  const loaded = clerk.load({
    ui: { ClerkUI: window.__internal_ClerkUICtor },
    signInUrl: settings.loginUrl,
    signInFallbackRedirectUrl: settings.appUrl,
    afterSignOutUrl: settings.homeUrl,
    // Unset (Clerk's default) unless fault allowed-redirect-origins-any is on.
    ...(settings.allowedRedirectOrigins && { allowedRedirectOrigins: settings.allowedRedirectOrigins.split(' ') }),
  });
  if (
    !(await loaded.then(
      () => true,
      () => false,
    ))
  ) {
    document.body.dataset.clerkError = 'Clerk did not load';
    notice(true);
    return;
  }
  notice(false);
  if (window.location.pathname === settings.loginUrl) {
    // Only this origin: redirect_url never sends anyone off the app. Resolved the way the browser would, since
    // "//host" and "/\\host" look like paths but lead elsewhere.
    const onward = sameOrigin(new URLSearchParams(window.location.search).get('redirect_url')) ?? settings.appUrl;
    clerk.addListener(({ user }) => {
      if (user) window.location.assign(onward);
    });
    const mount = document.getElementById('sign-in');
    if (mount) clerk.mountSignIn(mount, { routing: 'hash', fallbackRedirectUrl: onward });
  }
  const userButton = document.getElementById('user-button');
  if (userButton) clerk.mountUserButton(userButton);
  for (const button of document.querySelectorAll('[data-sign-out]')) {
    button.addEventListener('click', () => void clerk.signOut({ redirectUrl: settings.homeUrl }));
  }
})();
