"""Dutch, French and German passwords as Belgian users make them, for the strength meter.

Used by ``test_password_strength.py`` and ``benchmarks/strength.py`` to count how many
of them stock zxcvbn and our meter call weak (score below 3).
"""

from __future__ import annotations

# The account whose personal data the personal samples use.
USERNAME = "jpeeters"
EMAIL = "jan.peeters@all2all.org"
DISPLAY_NAME = "Jan Peeters"

NL_FR_SAMPLES: tuple[str, ...] = (
    # Dutch words, with the usual capital, digits and "!"
    "zonnebloem",
    "Vriendschap!",
    "konijntjes",
    "Schildpad2019",
    "Kabouter123",
    "Voetbal2024!",
    "Brugge1987",
    "Antwerpen!",
    "Oostende2022",
    "verjaardag",
    "Boterham99",
    "Sinterklaas5",
    "Wielrennen",
    "Vlinder2020",
    "paardenbloem",
    # French words
    "amitié2023",
    "ecureuil2024",
    "Papillon75",
    "Bonjour2024!",
    "Chocolat!",
    "Liberté1830",
    "Printemps2021",
    "Coccinelle",
    "grenouille",
    "Soleil2023!",
    "Bruxelles1830",
    "Marguerite8",
    "tournesol",
    # Belgian AZERTY keyboard walks
    "azertyuiop",
    "qsdfghjklm",
    "&é\"'(§è!çà",
    "wxcvbn123",
    "Azerty2024!",
)

# German words and QWERTZ walks, for Belgium's German-speaking Community (Eupen, Sankt Vith)
# and laptops bought in Germany.
DE_SAMPLES: tuple[str, ...] = (
    "Kartoffelsalat",
    "Sonnenblume2024",
    "Schmetterling1",
    "Fussball",
    "Fußball2023!",
    "Hallo123",
    "Passwort1",
    "Eupen2024",
    "Frühling2024",
    "Fruehling2024",
    "Löwenzahn",
    "Geburtstag1",
    "Straßenbahn1",
    "Weihnachten2023",
    "Schokolade!",
    # QWERTZ walks
    "qwertz123",
    "qwertzuiopü",
    "yxcvbnm,.-",
    "ölkjhgfdsa",
    '!"§$%&/()=',
)

# Built on the account's own data (USERNAME, EMAIL, DISPLAY_NAME, the provider's servers).
PERSONAL_SAMPLES: tuple[str, ...] = (
    "JanPeeters2024",
    "jpeeters!2023",
    "Peeters1975",
    "maximusconfessor1",
)
