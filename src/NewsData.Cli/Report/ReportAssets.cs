namespace NewsData.Cli;

/// <summary>The report's style sheet and its one small script, inlined into the page (nothing is loaded from the network).</summary>
internal static class ReportAssets
{
    public const string Style = """
        body { font: 16px/1.5 Georgia, serif; margin: 0; display: grid; grid-template-columns: 16rem 1fr 22rem; grid-template-areas: "head head head" "nav main panels"; gap: 0 1.5rem; color: #222; background: #fbfaf6; }
        header { grid-area: head; padding: 1rem 1.5rem; background: #17395f; color: #fff; }
        header a { color: #cfe3ff; } header h2 { font-size: 1rem; margin: 1rem 0 .25rem; }
        .stats { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: .5rem 0; } .stats dt { font-size: .8rem; opacity: .8; } .stats dd { margin: 0; font-size: 1.3rem; }
        .publishers, .toc { margin: 0; padding-left: 1.2rem; } .count, .meta, .kind { color: #777; font-size: .85rem; } header .meta, header .count { color: #cfd8e3; }
        nav { grid-area: nav; padding: 1rem; font: 14px/1.4 system-ui, sans-serif; } nav ul { list-style: none; padding: 0; }
        main { grid-area: main; max-width: 46rem; } article { border-bottom: 1px solid #ddd; padding: 1rem 0; } .subtitle { font-style: italic; }
        .quote { background: #fff3c4; } .quote[data-speaker] { border-bottom: 2px solid #e0b400; } .quote.indirect { background: #f1ecdf; } .reported { font-style: italic; }
        a.entity { text-decoration: none; border-bottom: 1px dotted; } a.person { color: #8a2c1d; } a.organization { color: #1d5a8a; } a.location { color: #2d7a3a; } a.other { color: #6a4a8a; }
        a.entity.active { background: #ffd7cf; outline: 1px solid #8a2c1d; }
        .diagnostics { font: 13px/1.4 ui-monospace, monospace; background: #fff; border-left: 3px solid #c33; padding: .5rem .5rem .5rem 1.5rem; } .diagnostics .warning { color: #8a6d00; } .diagnostics .error { color: #b00; } .diagnostics .info { color: #555; }
        aside { grid-area: panels; padding: 1rem; font: 14px/1.4 system-ui, sans-serif; } .entity-panel { display: none; position: sticky; top: 1rem; background: #fff; border: 1px solid #ccc; padding: .75rem; }
        .entity-panel:target, .entity-panel.start { display: block; } aside:has(.entity-panel:target) .entity-panel.start { display: none; }
        .most-quoted, .most-named { padding-left: 1.5rem; } .no-publisher summary { cursor: pointer; } .quotes li { margin-bottom: .5rem; }
        .statements, .related { font: 14px/1.4 system-ui, sans-serif; color: #555; }
        """;

    public const string Script = """
        // Marks every mention of the entity in the URL's fragment; the panel itself opens through :target.
        function mark() {
          var id = location.hash.slice(1);
          document.querySelectorAll('a.entity.active').forEach(function (a) { a.classList.remove('active'); });
          document.querySelectorAll('a.entity[data-entity="' + id + '"]').forEach(function (a) { a.classList.add('active'); });
        }
        window.addEventListener('hashchange', mark);
        mark();
        """;
}
