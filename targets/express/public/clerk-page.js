/* global window, document */
// Clerk in the browser, the way <ClerkProvider> does it in the Next.js app: the page head loads clerk-js
// and @clerk/ui from Clerk's Frontend API proxy (/__clerk); this script loads Clerk with @clerk/ui (clerk-js 6
// mounts no component without it), mounts what the page asks for with data-clerk-mount, and wires the
// sign-out button. Settings come from data-* attributes on <body>, written by the server.
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
    signInUrl: settings.signInUrl,
    signUpUrl: settings.signUpUrl,
    signInFallbackRedirectUrl: settings.afterSignInUrl,
    signUpFallbackRedirectUrl: settings.afterSignInUrl,
    afterSignOutUrl: settings.afterSignOutUrl,
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
  // Like many apps: a signed-in visitor on the sign-in page is sent on into the app at once, so whatever signs
  // in here (a person, the suite's setup) loses this document the moment Clerk reports the user.
  if (window.location.pathname.startsWith(settings.signInUrl)) {
    clerk.addListener(({ user }) => {
      if (user) window.location.assign(settings.afterSignInUrl);
    });
  }
  // The navigation depends on the session, so it is drawn here, as the Next.js app's AuthNav does: the server's
  // HTML is then the same for every visitor.
  for (const slot of document.querySelectorAll('[data-clerk-nav]')) {
    slot.innerHTML = clerk.user
      ? '<a href="/dashboard">Dashboard</a> <span data-clerk-mount="user-button"></span>'
      : `<a href="${settings.signInUrl}">Sign in</a> <a href="${settings.signUpUrl}">Sign up</a>`;
  }
  for (const element of document.querySelectorAll('[data-clerk-mount]')) {
    const component = element.getAttribute('data-clerk-mount');
    if (component === 'sign-in') clerk.mountSignIn(element, { routing: 'path', path: settings.signInUrl });
    if (component === 'sign-up') clerk.mountSignUp(element, { routing: 'path', path: settings.signUpUrl });
    if (component === 'user-button') clerk.mountUserButton(element);
  }
  for (const button of document.querySelectorAll('[data-clerk-sign-out]')) {
    button.addEventListener('click', () => void clerk.signOut({ redirectUrl: settings.afterSignOutUrl }));
  }
})();
