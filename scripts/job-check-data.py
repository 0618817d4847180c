#!/usr/bin/env python3
"""Data for scripts/bench-job-check.sh: ROWS this-season H-2A certifications of about ROWS distinct
employers (accented Spanish and English names with legal suffixes; an agent on every fifth), a
Foreign Labor Recruiter List row (recruiter, sub-recruiter) for every tenth case, WHD actions with
H-2A violations and debarments for some employers, and queries.txt: the job check questions the
benchmark times, about rows that exist.  Usage: job-check-data.py ROWS FOLDER"""
import datetime
import random
import sys
import urllib.parse

rows, folder = int(sys.argv[1]), sys.argv[2]
random.seed(28)
first = ["Agrícola", "Rancho", "Viveros", "Huertos", "Granja", "Campos", "Blue Ridge", "Sunny", "Valley", "Green",
         "Cosecha", "Frutas", "Hermanos", "Golden", "Pacific", "Sierra", "Río", "Peña", "Smith", "García"]
second = ["San José", "Santa María", "del Norte", "Pérez", "López", "La Esperanza", "Orchards", "Farms", "Growers",
          "Produce", "Harvesting", "Nursery", "Berries", "Citrus", "Dairy", "Tomatoes", "Apples", "Onions"]
suffix = ["", " LLC", ", Inc.", " S.A. de C.V.", " Corp.", " Co.", ", L.L.C.", " Ltd"]
states = ["GA", "FL", "NC", "WA", "CA", "AZ", "TX", "NY", "MI", "LA"]
places = ["León", "Irapuato", "Zacatecas", "Monterrey", "Tampico", "Veracruz", "Morelia", "Puebla"]
today = datetime.date.today()


def employer(i):
    return f"{first[i % 20]} {second[(i // 20) % 18]} {i}{suffix[i % 8]}"


def case(i):
    return f"H-300-{26000 + i // 1000000:05d}-{i % 1000000:06d}"


def recruiter(i):
    return f"Reclutadora {places[i % 8]} {(i // 10) % 3000}"


def sub(i):
    return f"Subagente {second[i % 18]} {(i // 10) % 9000}"


with open(f"{folder}/disclosure.csv", "w", encoding="utf-8") as out:
    out.write("CASE_NUMBER,CASE_STATUS,EMPLOYER_NAME,EMPLOYER_CITY,EMPLOYER_STATE,JOB_TITLE,SOC_CODE,PRIMARY_CROP,"
              "WAGE_OFFER,PER,TOTAL_WORKERS_H-2A_REQUESTED,TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,"
              "LAWFIRM_NAME_BUSINESS_NAME,REQUESTED_BEGIN_DATE,REQUESTED_END_DATE\n")
    for i in range(rows):
        begin = today + datetime.timedelta(days=30 + i % 300)
        end = begin + datetime.timedelta(days=180)
        agent = f"Abogados Campo {i % 2000} PLLC" if i % 5 == 0 else ""
        out.write(f"{case(i)},Determination Issued - Certification,\"{employer(i)}\",Town {i % 500},"
                  f"{states[i % 10]},Farmworker,45-2092,Onions,16.08,Hour,12,10,{states[i % 10]},\"{agent}\","
                  f"{begin},{end}\n")

with open(f"{folder}/recruiters.csv", "w", encoding="utf-8") as out:
    out.write("CASE_NUMBER,EMPLOYER_NAME,RECRUITER_NAME,RECRUITER_CITY,RECRUITER_COUNTRY,SUB_RECRUITER_NAME\n")
    for i in range(0, rows, 10):
        out.write(f"{case(i)},\"{employer(i)}\",\"{recruiter(i)}\",{places[i % 8]},Mexico,\"{sub(i)}\"\n")

with open(f"{folder}/whd.csv", "w", encoding="utf-8") as out:
    out.write("case_id,trade_nm,legal_name,street_addr_1_txt,cty_nm,st_cd,zip_cd,naic_cd,naics_code_description,"
              "case_violtn_cnt,cmp_assd_cnt,ee_violtd_cnt,bw_atp_amt,ee_atp_cnt,findings_start_date,findings_end_date,"
              "flsa_violtn_cnt,flsa_bw_atp_amt,flsa_cmp_assd_amt,h2a_violtn_cnt,h2a_bw_atp_amt,h2a_ee_atp_cnt,"
              "h2a_cmp_assd_amt,h2b_violtn_cnt,h2b_bw_atp_amt,h2b_ee_atp_cnt,mspa_violtn_cnt,mspa_bw_atp_amt,"
              "mspa_ee_atp_cnt,mspa_cmp_assd_amt,ld_dt\n")
    for i in range(7, rows, 97):
        out.write(f"{5000000 + i},,\"{employer(i)}\",1 Farm Rd,Town {i % 500},{states[i % 10]},30000,111219,Crops,"
                  f"3,1,5,4000.00,5,2023-03-01,2023-10-31,0,0,0,3,4000.00,5,900.00,0,0,0,0,0,0,0,2025-10-01 00:00:00\n")

with open(f"{folder}/debarment.csv", "w", encoding="utf-8") as out:
    out.write("Entity,Entity Type,Employer Location,Start of Debarment,End of Debarment,Violation,CFR Citation\n")
    for i in range(11, rows, 997):
        out.write(f"\"{employer(i)}\",Employer,\"Town {i % 500}, {states[i % 10]}\",{today - datetime.timedelta(days=90)},"
                  f"{today + datetime.timedelta(days=700)},WHD Debarment,20 CFR 655.182\n")

q = urllib.parse.quote_plus
pick = min(1230, rows - 1) // 10 * 10
with open(f"{folder}/queries.txt", "w", encoding="utf-8") as out:
    out.write(f"caseNumber={q(case(pick))}\n")
    out.write(f"employer={q(employer(pick))}&state={states[pick % 10]}\n")
    # a typo in the employer's name, its disclosed recruiter
    out.write(f"employer={q(employer(pick).replace('a', '', 1))}&recruiter={q(recruiter(pick))}&state={states[pick % 10]}\n")
    # another state and a recruiter no one disclosed
    out.write(f"employer={q(employer(pick + 1))}&recruiter={q('Agencia Desconocida')}&state=ZZ\n".replace("ZZ", states[(pick + 2) % 10]))
    out.write(f"recruiter={q(sub(pick))}\n")
