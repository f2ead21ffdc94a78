import { CHART_STYLES, PRINT_STYLES } from '../charts/styles.ts';
/**
 * The one small stylesheet: mobile first (360 px), readable, visible focus. Logical properties
 * only (inline-start/end, never left/right): Arabic and Farsi pages (`dir=rtl`) mirror by themselves.
 */
export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1d2433;background:#f6f7f9}
body{margin:0}
a{color:#0b5cad}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f2a900;outline-offset:2px}
.skip,.default-submit{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:8px;top:8px;background:#fff;padding:8px;z-index:9}
header.site{background:#123a63;color:#fff;padding:.75rem 1rem}
header.site a{color:#fff}
header.site .brand{font-weight:700;font-size:1.2rem;text-decoration:none}
header.site nav ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header.site form{display:inline}
header.site button.link{background:none;border:0;color:#fff;text-decoration:underline;font:inherit;padding:0;cursor:pointer}
.dev{background:#fff3cd;color:#5c4400;padding:.5rem 1rem;font-size:.9rem;margin:0}
main{max-width:56rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;overflow-wrap:break-word}
fieldset{border:1px solid #c5ccd6;border-radius:6px;margin:0 0 1rem;padding:.75rem 1rem;background:#fff}
legend{font-weight:700;padding:0 .25rem}
label{display:block;font-weight:600;margin:.5rem 0 .15rem}
label.inline{display:inline-flex;align-items:center;gap:.4rem;font-weight:400;margin-block:.2rem;margin-inline:0 1rem}
input[type=text],input[type=email],input[type=password],input[type=tel],input[type=date],input[type=time],input[type=number],select{width:100%;max-width:26rem;padding:.5rem;border:1px solid #8a94a6;border-radius:4px;font:inherit;background:#fff}
input[type=checkbox]{width:1.2rem;height:1.2rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end}
.row>div{flex:1 1 10rem;min-width:0}
.row+fieldset,.row+div{margin-top:1rem}
.nowrap{white-space:nowrap}
.alert ul{margin:.25rem 0 0;padding-inline-start:1.2rem}
.hint{color:#4a5568;font-size:.9rem;margin:.1rem 0}
.error{color:#b00020;font-weight:600;margin:.15rem 0}
[aria-invalid=true]{border-color:#b00020!important;border-width:2px!important}
.notice{background:#e6f4ea;border-inline-start:4px solid #1e7e34;padding:.75rem 1rem;margin:0 0 1rem}
.alert{background:#fdecea;border-inline-start:4px solid #b00020;padding:.75rem 1rem;margin:0 0 1rem}
button,.button{display:inline-block;background:#0b5cad;color:#fff;border:0;border-radius:4px;padding:.6rem 1.1rem;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button.secondary{background:#e2e8f0;color:#1d2433}
button.danger{background:#b00020}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:1rem 0}
dl.profile{display:grid;grid-template-columns:1fr;gap:.1rem 1rem;background:#fff;padding:1rem;border-radius:6px}
dl.profile dt{font-weight:700;margin-top:.5rem}
dl.profile dd{margin:0}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:start;padding:.4rem;border-bottom:1px solid #dde2e8;vertical-align:top}
.columns{columns:2 14rem}
@media (min-width:48rem){dl.profile{grid-template-columns:14rem 1fr}dl.profile dt{margin-top:0}}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
textarea{width:100%;max-width:40rem;padding:.5rem;border:1px solid #8a94a6;border-radius:4px;font:inherit;background:#fff}
input[type=radio]{width:1.2rem;height:1.2rem}
.cards{list-style:none;padding:0;margin:0 0 1rem}
.cards>li{background:#fff;border:1px solid #c5ccd6;border-radius:6px;padding:.75rem 1rem;margin:0 0 .75rem}
.cards h3{margin:0 0 .25rem;font-size:1.1rem}
.cards p{margin:.25rem 0}
ul.plain{list-style:none;padding:0;margin:0}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:1rem;background:#e2e8f0;font-size:.85rem;font-weight:600}
fieldset.bare{border:0;padding:0;margin:0;background:none}
.card-head{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem}
.card-head label.inline{margin:0}
.score{color:#4a5568}
.buttons button{padding:.45rem .9rem}
.status-open,.state-accepted,.state-completed{background:#d4edda;color:#14532d}
.status-draft,.state-invited,.state-offered{background:#dbeafe;color:#1e3a8a}
.status-cancelled,.state-no_show,.state-cancelled{background:#fdecea;color:#7f1d1d}
.buttons{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 0}
.buttons form,.actions form{margin:0}
.table-wrap{overflow-x:auto}
.block{display:block}
.pre{white-space:pre-line}
th[scope=row]{font-weight:600}
th[scope=row] .badge{margin-inline-start:.25rem}
summary h2.inline{display:inline;font-size:1.25rem}
.need-form:has(#f-scheduleKind-once:checked) .schedule-weekly,.need-form:has(#f-scheduleKind-weekly:checked) .schedule-once{display:none}
.cards code{overflow-wrap:anywhere}
a.button.secondary{background:#e2e8f0;color:#1d2433}
.state-closed,.state-expired{background:#fff3cd;color:#5c4400}
.state-gap{background:#fdecea;color:#7f1d1d}.dates{list-style:none;padding:0;margin:.5rem 0}.dates li{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem;padding:.35rem 0;border-top:1px solid #e2e8f0}.dates form{margin:0}.dates button{padding:.3rem .7rem;font-size:.9rem;font-weight:500}
.conflict h2{font-size:1.15rem;margin:0 0 .5rem}
.outbox td{overflow-wrap:anywhere}.outbox-mail dd{overflow-wrap:anywhere}.outbox-mail iframe{display:block;width:100%;height:36rem;border:1px solid #c5ccd6;background:#fff}.outbox-mail pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #c5ccd6;padding:.75rem;font-size:.9rem}
header.site{display:flex;flex-wrap:wrap;align-items:flex-start;gap:.25rem 1rem}header.site nav{flex:1 1 auto}
.lang-menu{position:relative}.lang-menu summary{cursor:pointer;padding:.5rem 0 0;list-style-position:inside}
.lang-menu ul{list-style:none;margin:.25rem 0 0;padding:.5rem .75rem;background:#0e2e4f;border-radius:4px}
.lang-menu li{padding:.15rem 0}.lang-menu [aria-current]{font-weight:700}
html[dir=rtl]{font-family:system-ui,"Segoe UI","Noto Naskh Arabic","Noto Sans Arabic",Tahoma,sans-serif}
${CHART_STYLES}
@media print{${PRINT_STYLES}.print-view-note{display:none}}
`;

/** The print rules on their own, for a print preview on screen (`Layout`'s `printPreview`). */
export const PRINT_STYLESHEET = `${PRINT_STYLES}\n`;
