namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The Latin or Greek adjective of a body part and the English noun, which people and the code titles use
/// interchangeably: "renal" and "kidney" ("Malignant neoplasm of kidney", "Renal agenesis"), "hepatic" and "liver",
/// "penile" and "penis". A query word of either form also matches the other (<see cref="WordForms"/>). Hand-written
/// from general anatomical usage; pairs whose adjective has another common sense are left out ("cervical": neck or
/// cervix, "radial", "spinal", "cranial", "labial", "auricular"), and the vessels ("arterial", "venous"), which the
/// procedure tables name by the vessel ("coronary artery bypass" must not match arterial imaging).
/// </summary>
public static class OrganWords
{
    private static readonly (string Adjective, string Noun)[] Pairs =
    [
        ("renal", "kidney"), ("hepatic", "liver"), ("pulmonary", "lung"), ("cardiac", "heart"), ("gastric", "stomach"),
        ("cutaneous", "skin"), ("ocular", "eye"), ("penile", "penis"), ("vaginal", "vagina"), ("ovarian", "ovary"),
        ("testicular", "testis"), ("pancreatic", "pancreas"), ("cerebral", "brain"), ("osseous", "bone"),
        ("uterine", "uterus"), ("nasal", "nose"), ("oral", "mouth"), ("mammary", "breast"), ("splenic", "spleen"),
        ("colonic", "colon"), ("rectal", "rectum"), ("anal", "anus"), ("esophageal", "esophagus"),
        ("laryngeal", "larynx"), ("pharyngeal", "pharynx"), ("tracheal", "trachea"), ("bronchial", "bronchus"),
        ("gingival", "gingiva"), ("lingual", "tongue"), ("prostatic", "prostate"), ("vertebral", "vertebra"),
        ("corneal", "cornea"), ("retinal", "retina"), ("scrotal", "scrotum"), ("vulvar", "vulva"),
        ("placental", "placenta"), ("duodenal", "duodenum"), ("appendiceal", "appendix"), ("peritoneal", "peritoneum"),
        ("pleural", "pleura"), ("pericardial", "pericardium"), ("thymic", "thymus"), ("orbital", "orbit"),
        ("conjunctival", "conjunctiva"), ("choroidal", "choroid"), ("scleral", "sclera"), ("mandibular", "mandible"),
        ("maxillary", "maxilla"), ("palatal", "palate"), ("tonsillar", "tonsil"), ("muscular", "muscle"),
        ("femoral", "femur"), ("tibial", "tibia"), ("fibular", "fibula"), ("humeral", "humerus"), ("ulnar", "ulna"),
        ("sacral", "sacrum"), ("ileal", "ileum"), ("jejunal", "jejunum"), ("cecal", "cecum"), ("ureteral", "ureter"),
        ("urethral", "urethra"), ("intestinal", "intestine"), ("abdominal", "abdomen"), ("thoracic", "thorax"),
        ("facial", "face"), ("atrial", "atrium"), ("aortic", "aorta"),
        ("mucosal", "mucosa"), ("dental", "tooth"), ("vesical", "bladder"), ("biliary", "bile"),
        // h13-do3
        ("labyrinthine", "labyrinth"), ("cerebellar", "cerebellum"), ("myocardial", "myocardium"),
        ("endometrial", "endometrium"), ("meningeal", "meninges"), ("otic", "ear"), ("articular", "joint"),
        ("synovial", "synovium"), ("glomerular", "glomerulus"), ("epidermal", "epidermis"), ("dermal", "dermis"),
        ("tendinous", "tendon"), ("ligamentous", "ligament"), ("umbilical", "umbilicus"), ("pelvic", "pelvis"),
        ("axillary", "axilla"), ("hematologic", "blood"), ("uveal", "uvea"), ("bronchiolar", "bronchiole"),
        // h13-do5: more Latin and Greek adjectives of the formal names, and the newborn and infant of the titles
        ("vagal", "vagus"), ("cochlear", "cochlea"), ("hypothalamic", "hypothalamus"), ("gonadal", "gonad"),
        ("diaphragmatic", "diaphragm"), ("pyloric", "pylorus"), ("perineal", "perineum"), ("inguinal", "groin"),
        ("dural", "dura"), ("medullary", "medulla"), ("thalamic", "thalamus"), ("valvular", "valve"),
        ("ventricular", "ventricle"), ("septal", "septum"), ("endocardial", "endocardium"), ("lobar", "lobe"),
        ("glottic", "glottis"), ("adenoidal", "adenoid"), ("buccal", "cheek"), ("palpebral", "eyelid"),
        ("macular", "macula"), ("lenticular", "lens"), ("ungual", "nail"), ("skeletal", "skeleton"), ("costal", "rib"),
        ("sternal", "sternum"), ("clavicular", "clavicle"), ("scapular", "scapula"), ("patellar", "patella"),
        ("calcaneal", "calcaneus"), ("palmar", "palm"), ("fetal", "fetus"), ("neonatal", "newborn"),
        ("infantile", "infant"), ("childhood", "juvenile"), ("neural", "nerve"), ("neuronal", "neuron"),
    ];

    private static readonly AdjectiveNounPairs Forms = new(Pairs);

    /// <summary>The other form of an analysed word (adjective ↔ noun), or null.</summary>
    public static string? Of(string stemmed) => Forms.Of(stemmed);
}
