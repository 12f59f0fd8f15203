/**
 * The nonce of this page's Content-Security-Policy: the api writes a fresh one into index.html for every response
 * (Vite's `html.cspNonce` leaves the placeholder in `<meta property="csp-nonce">`), so the policy needs no
 * 'unsafe-inline'. antd's cssinjs takes it from ConfigProvider; absent under `vite` (no policy there).
 */
export const cspNonce: string | undefined =
  (typeof document !== 'undefined' && document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce) || undefined;

/**
 * Some <style> elements are made where no ConfigProvider reaches: the scroll lock behind every Modal
 * (@rc-component/portal) and its scrollbar measurement (@rc-component/util) take no nonce. Every <style> element
 * scripts create here is ours, so each gets the nonce as it is made. This gives scripts nothing new — any script
 * can read the meta element — while markup injected into the page still cannot style it.
 */
if (cspNonce) {
  const createElement = document.createElement.bind(document) as (tagName: string, options?: ElementCreationOptions) => HTMLElement;
  document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
    const element = createElement(tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = cspNonce;
    return element;
  }) as typeof document.createElement;
}
