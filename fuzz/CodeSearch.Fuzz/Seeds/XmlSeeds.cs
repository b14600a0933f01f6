using System.Text;

namespace CodeSearch.Fuzz.Seeds;

/// <summary>
/// Hand-written seeds in the shape of the CDC ICD-10-CM XML files (Tabular List, Alphabetic Index, Neoplasm and Drug
/// tables). Element names follow the published schema; every title and note is made up for fuzzing.
/// </summary>
internal static class XmlSeeds
{
    public static byte[] Tabular() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.tabular>
          <version>2026</version>
          <introduction><introSection type="title"><title>Seed</title></introSection></introduction>
          <chapter>
            <name>1</name>
            <desc>Seed chapter (Q90-Q99)</desc>
            <notes><note>Seed chapter note</note></notes>
            <sectionIndex><sectionRef first="Q90" last="Q99" id="Q90-Q99">Seed section</sectionRef></sectionIndex>
            <section id="Q90-Q99">
              <desc>Seed section (Q90-Q99)</desc>
              <excludes2><note>seed exclusion (R00-R09)</note></excludes2>
              <diag>
                <name>Q99</name>
                <desc>Seed category</desc>
                <inclusionTerm><note>seed inclusion term</note></inclusionTerm>
                <useAdditionalCode><note>code to identify seed (Z79.4, Z79.84)</note></useAdditionalCode>
                <excludes1><note>seed excluded condition (Q98.-)</note><note>other seed (S00.- to S09.-)</note></excludes1>
                <codeFirst><note>seed underlying disease, such as: (E08-E13)</note></codeFirst>
                <sevenChrNote><note>The appropriate 7th character is to be added</note></sevenChrNote>
                <sevenChrDef>
                  <extension char="A">initial encounter</extension>
                  <extension char="D">subsequent encounter</extension>
                  <extension char="S">sequela</extension>
                </sevenChrDef>
                <diag>
                  <name>Q99.0</name>
                  <desc>Seed code with &amp; entity</desc>
                  <diag><name>Q99.01</name><desc>Seed leaf one</desc></diag>
                  <diag><name>Q99.02</name><desc>Seed leaf two</desc><codeAlso><note>seed (Q99.8)</note></codeAlso></diag>
                </diag>
                <diag><name>Q99.8</name><desc>Seed other</desc></diag>
              </diag>
            </section>
          </chapter>
        </ICD10CM.tabular>
        """);

    public static byte[] DiseaseIndex() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.index>
          <version>2026</version>
          <title>Seed Index to Diseases</title>
          <letter>
            <title>Q</title>
            <mainTerm>
              <title>Qseedosis<nemod>(acute) (chronic)</nemod></title>
              <code>Q99.8</code>
              <term level="1"><title>with complication</title><code>Q99.01</code>
                <term level="2"><title>and seed<nemod>(mild)</nemod> finding</title><code>Q99.02</code><manif>R00.0</manif></term>
              </term>
              <term level="1"><title>due to</title><seeAlso>Qseedism</seeAlso></term>
            </mainTerm>
            <mainTerm><title>Qseedism</title><see>Qseedosis, with complication</see></mainTerm>
            <mainTerm><title><nemod>(seed)</nemod></title><code>Q99-</code></mainTerm>
          </letter>
        </ICD10CM.index>
        """);

    public static byte[] NeoplasmTable() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.index>
          <version>2026</version>
          <title>Seed Table of Neoplasms</title>
          <indexHeading>
            <head col="1">Seed site</head>
            <head col="2">Malignant Primary</head>
            <head col="3">Malignant Secondary</head>
            <head col="4">Benign</head>
          </indexHeading>
          <letter>
            <title>S</title>
            <mainTerm>
              <title>seedsite<nemod>(see also Seed)</nemod></title>
              <cell col="2">C99.9</cell><cell col="3">C79.9-</cell><cell col="4">--</cell>
              <term level="1"><title>inner part</title><cell col="2">C99.1</cell><cell col="3">C79.1</cell><cell col="4">D99.1</cell></term>
            </mainTerm>
            <mainTerm><title>other seedsite</title><see>seedsite, inner part</see></mainTerm>
          </letter>
        </ICD10CM.index>
        """);

    public static byte[] DrugTable() => Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10CM.index>
          <title>Seed Table of Drugs and Chemicals</title>
          <indexHeading>
            <head col="1">Substance</head><head col="2">Poisoning, Accidental</head><head col="3">Poisoning, Intentional</head>
            <head col="4">Adverse effect</head><head col="5">Underdosing</head>
          </indexHeading>
          <letter>
            <title>S</title>
            <mainTerm><title>Seedamine</title><cell col="2">T99.1X1</cell><cell col="3">T99.1X2</cell><cell col="4">T99.1X5</cell><cell col="5">--</cell></mainTerm>
          </letter>
        </ICD10CM.index>
        """);
}
