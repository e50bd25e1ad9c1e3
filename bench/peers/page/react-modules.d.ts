// The peer pages call React only through createElement and createRoot; the bench installs no React types.
declare module 'react';
declare module 'react-dom/client';
