/*
 * Passerelle listing widget: <passerelle-listing territory="nancy" kind="exhibition" q="verre" lang="fr" size="6">.
 * Renders published entries from the Passerelle public API into a shadow root, so that the host
 * page's styles and ours do not mix. Every text from the API is set with textContent and every URL
 * is checked to be http(s): an entry's content can never become markup or script on the host page.
 */
(function () {
  'use strict';
  if (window.customElements === undefined || customElements.get('passerelle-listing')) {
    return;
  }
  var script = document.currentScript;
  var BASE = new URL(script && script.src ? script.src : '/', document.baseURI).origin;
  var MAX_SIZE = 50;
  var LABELS = {
    fr: {'heritage-site': 'Patrimoine', craft: 'Savoir-faire', exhibition: 'Exposition', event: 'Événement',
      credit: 'Crédit', empty: 'Aucune fiche pour l’instant.', error: 'La liste n’a pas pu être chargée.', loading: 'Chargement…'},
    ja: {'heritage-site': '文化遺産', craft: '伝統工芸', exhibition: '展覧会', event: 'イベント',
      credit: 'クレジット', empty: 'まだ掲載がありません。', error: '読み込めませんでした。', loading: '読み込み中…'},
    en: {'heritage-site': 'Heritage site', craft: 'Craft', exhibition: 'Exhibition', event: 'Event',
      credit: 'Credit', empty: 'Nothing published yet.', error: 'The listing could not be loaded.', loading: 'Loading…'}
  };
  var CSS = ':host{display:block;color-scheme:light dark;--p-bg:#fff;--p-fg:#1d1d1f;--p-muted:#5b5b66;--p-card:#f5f5f7;--p-accent:#0b57d0;'
    + 'font:15px/1.45 system-ui,sans-serif;color:var(--p-fg)}'
    + '@media (prefers-color-scheme:dark){:host{--p-bg:#121214;--p-fg:#ececf1;--p-muted:#a5a5b2;--p-card:#1e1e22;--p-accent:#8ab4f8}}'
    + 'ul{list-style:none;margin:0;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(200px,1fr))}'
    + 'li{background:var(--p-card);border-radius:10px;overflow:hidden}'
    + 'img{width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;display:block}'
    + '.body{padding:10px 12px 12px}h3{font-size:1rem;margin:0 0 4px}h3 a{color:inherit;text-decoration:none}'
    + 'h3 a:hover{text-decoration:underline}a:focus-visible{outline:3px solid var(--p-accent);outline-offset:2px}'
    + '.meta,.credit,.kind,.status{color:var(--p-muted);font-size:.85rem;margin:2px 0}.kind{text-transform:uppercase;font-size:.75rem}';

  function webUrl(value) {
    try {
      var url = new URL(value, BASE);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function text(value) {
    if (value === null || value === undefined) {
      return '';
    }
    if (typeof value === 'object') {
      return value.en || value.fr || value.ja || '';
    }
    return String(value);
  }

  class PasserelleListing extends HTMLElement {
    static get observedAttributes() {
      return ['territory', 'kind', 'q', 'lang', 'size'];
    }

    constructor() {
      super();
      this.root = this.attachShadow({mode: 'open'});
      if ('adoptedStyleSheets' in this.root && typeof CSSStyleSheet === 'function') {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        this.root.adoptedStyleSheets = [sheet];
      } else {
        this.root.appendChild(el('style', null, CSS));
      }
      this.generation = 0;
      this.pending = false;
    }

    connectedCallback() {
      this.scheduleLoad();
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this.scheduleLoad();
      }
    }

    // An element upgraded from the page's markup gets one attributeChanged per attribute, then
    // connected: they all coalesce into a single request.
    scheduleLoad() {
      if (this.pending) {
        return;
      }
      this.pending = true;
      var self = this;
      Promise.resolve().then(function () {
        self.pending = false;
        if (self.isConnected) {
          self.load();
        }
      });
    }

    lang() {
      var lang = this.getAttribute('lang');
      return LABELS[lang] ? lang : 'en';
    }

    query() {
      var params = new URLSearchParams();
      ['territory', 'kind', 'q'].forEach(function (name) {
        var value = this.getAttribute(name);
        if (value) {
          params.set(name, value);
        }
      }, this);
      params.set('lang', this.lang());
      var size = parseInt(this.getAttribute('size') || '12', 10);
      params.set('size', String(Math.max(1, Math.min(isNaN(size) ? 12 : size, MAX_SIZE))));
      params.set('facets', '');
      return params.toString();
    }

    load() {
      var generation = ++this.generation;
      var labels = LABELS[this.lang()];
      var status = el('p', 'status', labels.loading);
      status.setAttribute('role', 'status');
      this.setAttribute('aria-busy', 'true');
      this.replaceContent(status);
      var self = this;
      fetch(BASE + '/api/v1/entries?' + this.query(), {headers: {Accept: 'application/json'}, credentials: 'omit'})
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (page) {
          if (generation === self.generation) {
            self.render(Array.isArray(page.items) ? page.items : [], labels);
          }
        })
        .catch(function () {
          if (generation === self.generation) {
            self.removeAttribute('aria-busy');
            self.replaceContent(el('p', 'status', labels.error));
          }
        });
    }

    replaceContent(node) {
      Array.prototype.slice.call(this.root.childNodes).forEach(function (child) {
        if (child.nodeName !== 'STYLE') {
          child.remove();
        }
      });
      this.root.appendChild(node);
    }

    render(items, labels) {
      this.removeAttribute('aria-busy');
      if (items.length === 0) {
        this.replaceContent(el('p', 'status', labels.empty));
        return;
      }
      var list = el('ul');
      var lang = this.lang();
      items.forEach(function (item) {
        var card = el('li');
        var thumbnail = item.thumbnail ? webUrl(item.thumbnail) : null;
        if (thumbnail) {
          var image = el('img');
          image.src = thumbnail;
          image.alt = text(item.title);
          image.loading = 'lazy';
          card.appendChild(image);
        }
        var body = el('div', 'body');
        body.appendChild(el('p', 'kind', labels[item.kind] || item.kind));
        var heading = el('h3');
        var link = el('a', null, text(item.title));
        link.href = BASE + '/entries/' + encodeURIComponent(String(item.id)) + '?lang=' + lang;
        link.target = '_blank';
        link.rel = 'noopener';
        heading.appendChild(link);
        body.appendChild(heading);
        if (item.startDate) {
          body.appendChild(el('p', 'meta', item.startDate + (item.endDate && item.endDate !== item.startDate
            ? ' – ' + item.endDate : '')));
        }
        if (item.summary) {
          body.appendChild(el('p', 'summary', text(item.summary)));
        }
        if (thumbnail) {
          var credit = el('p', 'credit');
          body.appendChild(credit);
          fetch(BASE + '/api/v1/entries/' + encodeURIComponent(String(item.id)) + '?lang=' + lang,
            {headers: {Accept: 'application/json'}, credentials: 'omit'})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (entry) {
              var media = entry && Array.isArray(entry.media) ? entry.media.filter(function (m) {
                return m.type === 'image' && m.credit;
              }) : [];
              if (media.length > 0) {
                credit.textContent = labels.credit + ': ' + media[0].credit
                  + (media[0].license ? ' (' + media[0].license + ')' : '');
              }
            })
            .catch(function () { /* the credit line stays empty */ });
        }
        card.appendChild(body);
        list.appendChild(card);
      });
      this.replaceContent(list);
    }
  }

  customElements.define('passerelle-listing', PasserelleListing);
}());
