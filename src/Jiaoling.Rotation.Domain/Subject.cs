namespace Jiaoling.Rotation.Domain;

/// <summary>A subject taught in compulsory education; the names are the contract's subject codes.</summary>
public enum Subject { CHN, MATH, ENG, MORAL, HIST, GEO, PHY, CHEM, BIO, SCI, PE, MUS, ART, IT, PSY, SPED }
