"""Words for the stable keys that records keep (a tier's slug), in the viewer's language.

Records, exports and the LRS keep the slug ("relay"): it never changes. People read the
tier's name, in their language, falling back to the default language's name."""

from lms.advocacy.selectors import tiers_localized

# What records write for "no tier yet" (the starting tier): "" in records, "-" in the chart.
NO_TIER = ("", "-")


def tier_names() -> dict[str, str]:
    """{slug: name} in the active language (default language where a tier is untranslated);
    "" and "-" name the starting (rank 0) tier. From the shared cache."""
    tiers = list(tiers_localized().values())
    names = {tier.slug: tier.name for tier in tiers}
    start = next((tier.name for tier in tiers if tier.rank == 0), None)
    if start:
        names.update(dict.fromkeys(NO_TIER, start))
    return names


def tier_name(slug: str | None) -> str:
    """The tier's name for a slug; "—" for no tier when no starting tier is defined; the slug
    itself only for a tier deleted since (better a key than nothing)."""
    slug = slug or ""
    names = tier_names()
    if slug in names:
        return names[slug]
    return "—" if slug in NO_TIER else slug
